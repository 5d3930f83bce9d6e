// Issue 9's fix-all properties on the corpus and on 3,000 seeded mutations of it (`npm run test:fix-properties`
// runs more): a second fix-all changes nothing, no error or XML finding is added, only the edited ranges change,
// the result parses at least as well, and what xmllint accepted it still accepts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeFigures, fixCorpus, measure, mutatedDocuments, XMLLINT_AVAILABLE } from './fixProperties';

const MUTATED_DOCUMENTS = 3000;

test('fix-all keeps its properties on every corpus document', (t) => {
  if (!XMLLINT_AVAILABLE) t.diagnostic('xmllint not found (Debian: libxml2-utils): property 5 is not checked');
  const corpus = fixCorpus();
  assert.ok(corpus.length >= 20, `the corpus has ${corpus.length} documents`);
  const figures = measure(corpus, { xmllint: XMLLINT_AVAILABLE });
  // The corpus holds documents with safe fixes (examples/broken-user-tunnel.xml, crafted documents): fix-all ran.
  assert.ok(figures.fixed > 0, describeFigures(figures));
  assert.deepEqual(figures.violations, [], describeFigures(figures));
});

test(`fix-all keeps its properties on ${MUTATED_DOCUMENTS} seeded mutations of the corpus`, (t) => {
  if (!XMLLINT_AVAILABLE) t.diagnostic('xmllint not found (Debian: libxml2-utils): property 5 is not checked');
  const figures = measure(mutatedDocuments(fixCorpus(), MUTATED_DOCUMENTS, 9), { xmllint: XMLLINT_AVAILABLE });
  t.diagnostic(describeFigures(figures));
  assert.equal(figures.documents, MUTATED_DOCUMENTS);
  assert.ok(figures.fixed > MUTATED_DOCUMENTS / 10, describeFigures(figures));
  assert.deepEqual(figures.violations.slice(0, 20), [], describeFigures(figures));
  assert.equal(figures.notIdempotent, 0);
  assert.equal(figures.errorIncrease, 0);
});
