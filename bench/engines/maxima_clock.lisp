;; Wall-clock seconds with microsecond resolution for the bench. Debian's Maxima runs on GCL, whose
;; internal clock ticks only 100 times a second; gettimeofday is exact enough for millisecond batches.
(defun $bench_clock ()
  #+gcl (si::gettimeofday)
  #-gcl (/ (float (get-internal-real-time) 1d0) internal-time-units-per-second))
