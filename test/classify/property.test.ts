/**
 * Properties over generated edits of legal wording (fast-check, fixed seed): the rules never throw,
 * give the same effects for the same change, quote only words that are in the texts, and an
 * editorial effect always stands alone.
 */
import fc from 'fast-check'
import {expect, test} from 'vitest'
import {classifyChanges, effectsOf} from '../../src/classify/index.js'
import {withEffects} from '../../src/report/build.js'
import type {ChangeKind, DiffResult, ProvisionTree} from '../../src/types.js'
import {makeChange} from './helpers.js'

// Words and pieces the rules look for, mixed with ordinary ones and hostile characters.
const WORDS = [
  'kan', 'skal', 'må', 'bør', 'ikke', 'ikkje', 'bare', 'har', 'rett', 'til', 'plikter', 'dersom', 'at', 'som', 'også', 'tilbys',
  'personer', 'unge', 'under', 'mellom', 'og', 'fylt', 'fyller', 'det', 'året', 'personen', '16', '30', 'år', 'inntil', 'ett',
  'tre', 'måneder', 'innen', 'uker', 'kroner', 'prosent', 'G', '§', '3-2', '§§', 'første', 'ledd', 'bokstav', 'a', 'e', 'nr.',
  'jf.', 'arbeidsmiljøloven', 'forskrift', '12.', 'august', '2016', 'Arbeids-', 'velferdsetaten', 'jobbspesialisten', 'Kongen',
  'forutsetter', 'forutsetning', 'vilkår', 'med', 'mindre', '«', '»', '(', ')', ',', '.', ':', ';', '–', '\u00A0', '\u00AD', '$&', '\\', '*'
]
const sentence = fc.array(fc.constantFrom(...WORDS), {minLength: 0, maxLength: 40}).map((ws) => ws.join(' '))

test('effectsOf never throws, is deterministic, and quotes only what the texts say', () => {
  fc.assert(
    fc.property(sentence, sentence, fc.constantFrom<ChangeKind>('modified', 'moved', 'added', 'removed', 'editorial'), (a, b, kind) => {
      const current = kind === 'added' ? null : a
      const proposed = kind === 'removed' ? null : b
      const change = makeChange(current, proposed, kind)
      const first = effectsOf(change)
      expect(effectsOf(change)).toEqual(first)
      for (const e of first) {
        if (e.type === 'definition' || e.type === 'editorial') continue
        if (e.evidence.before !== null) expect(current ?? '').toContain(e.evidence.before)
        if (e.evidence.after !== null) expect(proposed ?? '').toContain(e.evidence.after)
      }
      if (first.some((e) => e.type === 'editorial')) expect(first).toHaveLength(1)
    }),
    {numRuns: 1000, seed: 20260526}
  )
})

test('classifyChanges copes with an empty diff and empty trees', () => {
  const empty: ProvisionTree = {path: 'x.md', frontmatter: null, title: null, children: [], repeals: [], outside: []}
  const diff: DiffResult = {form: 'partial', formReason: '', sections: [], changes: [makeChange('Tiltaket kan gis.', 'Tiltaket skal gis.')], findings: [], segments: []}
  const out = withEffects(diff, classifyChanges(diff, {current: empty, proposed: empty, consolidated: empty}))
  expect(out.changes[0]!.effects.map((e) => e.rule)).toEqual(['modality/kan-to-skal'])
  expect(out.findings).toEqual([])
})
