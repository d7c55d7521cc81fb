/** A file imported by its address (Vite copies it into the build beside the pages and gives its URL). */
declare module '*?url&no-inline' {
  const url: string;
  export default url;
}
