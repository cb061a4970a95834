/** `import code from './island.ts?inline-script'`: the island bundled for an inline <script> (src/integration/inline-scripts.ts). */
declare module '*?inline-script' {
  const code: string;
  export default code;
}
