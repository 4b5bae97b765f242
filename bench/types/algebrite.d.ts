// Algebrite ships no type declarations; this is the one function the bench calls.
declare module 'algebrite' {
  const Algebrite: { run(command: string): string };
  export default Algebrite;
}
