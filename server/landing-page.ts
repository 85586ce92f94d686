import type { Plugin } from 'graphql-yoga';

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Peace talks graph</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}code{background:#f3f3f3;padding:0 .25rem}</style>
</head>
<body>
<h1>Peace talks graph</h1>
<p>A knowledge graph of the actors and positions in the Russia–Ukraine peace talks of 2025–2026.</p>
<ul>
<li><a href="/graphql">GraphiQL</a>: explore the GraphQL API at <code>/graphql</code>.</li>
<li><a href="/health">Health</a>: whether the graph database answers.</li>
</ul>
</body>
</html>`;

/** Serves a small page at `/` that points to GraphiQL, until the web client takes its place. */
export function useLandingPage(): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname === '/' && (request.method === 'GET' || request.method === 'HEAD')) {
        endResponse(new fetchAPI.Response(PAGE, { headers: { 'content-type': 'text/html; charset=utf-8' } }));
      }
    },
  };
}
