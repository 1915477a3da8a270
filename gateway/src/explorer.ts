/** A dependency-free query page served at GET /graphql to browsers (the machine may have no internet). */
export const EXPLORER_HTML = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>API GraphQL — Écosystème recherche–territoires</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #fafafa; }
  main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
  h1 { font-size: 1.4rem; }
  label { display: block; font-weight: 600; margin-top: 1rem; }
  textarea, input { width: 100%; box-sizing: border-box; font: 14px/1.4 ui-monospace, monospace; padding: .5rem; border: 1px solid #767676; border-radius: 4px; }
  button { margin-top: 1rem; font: inherit; padding: .5rem 1.25rem; background: #1d4e89; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
  button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
  pre { background: #fff; border: 1px solid #ddd; padding: 1rem; overflow: auto; max-height: 60vh; }
</style>
</head>
<body>
<main>
<h1>API GraphQL de l'écosystème recherche–territoires</h1>
<p>Envoyez vos requêtes en POST sur <code>/graphql</code>. L'introspection est ouverte. Cette page permet d'essayer une requête.</p>
<form id="f">
<label for="q">Requête</label>
<textarea id="q" rows="12">{
  actors(filter: { search: "saint etienne" }, first: 5) {
    totalCount
    nodes { id name kind territory { departmentName regionName } source { name license } }
  }
}</textarea>
<label for="v">Variables (JSON)</label>
<textarea id="v" rows="3">{}</textarea>
<label for="t">Jeton (facultatif, sans « Bearer »)</label>
<input id="t" autocomplete="off">
<button type="submit">Exécuter</button>
</form>
<h2>Réponse</h2>
<pre id="r" aria-live="polite"></pre>
</main>
<script>
document.getElementById('f').addEventListener('submit', async (event) => {
  event.preventDefault();
  const out = document.getElementById('r');
  let variables;
  try { variables = JSON.parse(document.getElementById('v').value || '{}'); }
  catch { out.textContent = 'Variables : JSON invalide.'; return; }
  const headers = { 'content-type': 'application/json' };
  const token = document.getElementById('t').value.trim();
  if (token) headers.authorization = 'Bearer ' + token;
  out.textContent = '…';
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query: document.getElementById('q').value, variables }) });
  out.textContent = JSON.stringify(await response.json(), null, 2);
});
</script>
</body>
</html>
`;
