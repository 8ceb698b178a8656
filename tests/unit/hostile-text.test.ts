import { describe, expect, it } from 'vitest';
import { balanceIsolates, isolateText, splitIsolates } from '../../src/model/isolate-text';
import { stripXmlForbidden } from '../../src/model/exports/strip-xml-forbidden';
import { toUniqueColumnKeys } from '../../src/model/exports/to-unique-column-keys';
import { parseSourceFragment, toRecordElementId, toSourceFragment } from '../../src/model/element-id';
import { parseRouteSegment, toRoutePath, toRouteSegment } from '../../src/model/route-segment';

describe('isolateText', () => {
  it('puts FIRST STRONG ISOLATE before the text and POP DIRECTIONAL ISOLATE after it', () => {
    expect(isolateText('Alicia Bárcena')).toBe('\u2068Alicia Bárcena\u2069');
    expect(isolateText('Pilar\u202E')).toBe('\u2068Pilar\u202E\u2069');
  });

  it('drops a PDI in the text that would end the isolate early, and closes an isolate the text leaves open', () => {
    expect(balanceIsolates('a\u2069b')).toBe('ab');
    expect(balanceIsolates('a\u2067b')).toBe('a\u2067b\u2069');
    expect(balanceIsolates('\u2066x\u2069\u2069y')).toBe('\u2066x\u2069y');
    expect(isolateText('\u2069\u202Eevil')).toBe('\u2068\u202Eevil\u2069');
  });

  it('splits a sentence into its isolated parts and the words between them', () => {
    const sentence = `You are viewing ${isolateText('Diálogo\u202E')} from ${isolateText('“f.json”')}.`;
    expect(splitIsolates(sentence)).toEqual([
      { text: 'You are viewing ', isolated: false },
      { text: 'Diálogo\u202E', isolated: true },
      { text: ' from ', isolated: false },
      { text: '“f.json”', isolated: true },
      { text: '.', isolated: false },
    ]);
    expect(splitIsolates(`A ${isolateText('x\u2067y\u2069z')} b`)).toEqual([
      { text: 'A ', isolated: false },
      { text: 'x\u2067y\u2069z', isolated: true },
      { text: ' b', isolated: false },
    ]);
    expect(splitIsolates('plain')).toEqual([{ text: 'plain', isolated: false }]);
  });
});

describe('stripXmlForbidden', () => {
  it('removes the C0 controls XML 1.0 forbids, U+FFFE, U+FFFF and lone surrogates, and keeps everything else', () => {
    expect(stripXmlForbidden('a\u0000b\u0001c\u000Bd\u000Ce\u001Ff\uFFFEg\uFFFFh')).toBe('abcdefgh');
    expect(stripXmlForbidden('tab\there\nline\r\n')).toBe('tab\there\nline\r\n');
    expect(stripXmlForbidden('C1 \u0085 and DEL \u007F stay')).toBe('C1 \u0085 and DEL \u007F stay');
    expect(stripXmlForbidden('emoji 😀 stays, lone \uD800 and \uDC00 go')).toBe('emoji 😀 stays, lone  and  go');
    expect(stripXmlForbidden('<a href="x">&amp;</a>')).toBe('<a href="x">&amp;</a>');
  });
});

describe('toUniqueColumnKeys', () => {
  it('keeps distinct headers and tells a repeated one by its place', () => {
    expect(toUniqueColumnKeys(['Year', 'Building Back Together', 'Building Back Together', 'Unassigned'])).toEqual([
      'Year',
      'Building Back Together',
      'Building Back Together (column 3)',
      'Unassigned',
    ]);
    expect(toUniqueColumnKeys(['', 'A', ''])).toEqual(['column 1', 'A', 'column 3']);
  });
});

describe('element ids from record ids', () => {
  it('prefixes each kind, so that no record id can be a page id', () => {
    expect(toRecordElementId('source', 'main')).toBe('source-main');
    expect(toRecordElementId('delegation', 'M2013')).toBe('delegation-M2013');
    expect(toSourceFragment('S05')).toBe('#source-S05');
  });

  it('reads a /sources fragment in the new form and the old one', () => {
    const isSource = (id: string) => ['S05', 'main', 'source-x', 'x'].includes(id);
    expect(parseSourceFragment('#source-S05', isSource)).toBe('S05');
    expect(parseSourceFragment('#S05', isSource)).toBe('S05');
    expect(parseSourceFragment('#source-main', isSource)).toBe('main');
    expect(parseSourceFragment('#main', isSource)).toBe('main');
    expect(parseSourceFragment('#source-x', isSource)).toBe('x');
    expect(parseSourceFragment('#S06', isSource)).toBeNull();
    expect(parseSourceFragment('', isSource)).toBeNull();
    expect(parseSourceFragment('#%E0%A4%A', isSource)).toBeNull();
  });
});

describe('route segments', () => {
  it('writes dots in ids as "~" and reads both forms back', () => {
    expect(toRouteSegment('usmx.ai.v2')).toBe('usmx~ai~v2');
    expect(parseRouteSegment('usmx~ai~v2')).toBe('usmx.ai.v2');
    expect(parseRouteSegment('usmx.ai')).toBe('usmx.ai');
    expect(toRoutePath('/initiatives/I13.01')).toBe('/initiatives/I13~01');
    expect(toRoutePath('/sources')).toBe('/sources');
  });
});
