// Lints Cypher statements with Neo4j's own parser (@neo4j-cypher/language-support).
// Reads {"schema": {...}, "statements": {"NAME": "query", ...}} on stdin; prints one line per
// problem ("NAME: message") and exits 1 if there is any.
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const input = JSON.parse(await new Promise((resolve) => {
  let text = '';
  process.stdin.on('data', (chunk) => { text += chunk; });
  process.stdin.on('end', () => resolve(text));
}));
let problems = 0;
for (const [name, query] of Object.entries(input.statements)) {
  const params = {};
  for (const match of query.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) params[match[1]] = 'x';
  const result = lintCypherQuery(query, { ...input.schema, parameters: params });
  for (const diagnostic of result.diagnostics ?? result) {
    problems += 1;
    console.log(`${name}: ${diagnostic.message.split('\n')[0]}`);
  }
}
console.log(`${Object.keys(input.statements).length} statements, ${problems} problems`);
process.exit(problems ? 1 : 0);
