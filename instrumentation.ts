/** Next's start-up hook: warms the citation engine once the server is up, in Node only. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { warmCitationEngine } = await import('./lib/sources/warm-citation-engine');
  setTimeout(warmCitationEngine, 1_000).unref();
}
