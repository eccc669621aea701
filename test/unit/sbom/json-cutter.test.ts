import { JsonCutter, type JsonPath, type JsonSelect } from '../../../src/sbom/walk/json-cutter'
import { writeInPieces } from '../../support/chunks'

/** What a cutter selecting with `select` gives for `text` cut at `cuts`, and its problems. */
function cut(text: string | Buffer, select: JsonSelect, cuts: number[] = []) {
  const values: [JsonPath, unknown][] = []
  const cutter = new JsonCutter('doc.json', select, (path, value) => values.push([path, value]), {
    maxValueBytes: 64,
    maxNameBytes: 8
  })
  writeInPieces(chunk => cutter.write(chunk), Buffer.from(text), cuts)
  cutter.end()
  return { values, problems: cutter.problems('values') }
}

const everything: JsonSelect = path => (path.length < 2 ? 'inside' : 'value')

describe('JsonCutter', () => {
  test('paths carry decoded member names and array indexes; skipped containers are not asked about', () => {
    const asked: JsonPath[] = []
    const select: JsonSelect = path => {
      asked.push(path)
      if (path[0] === 'skip') return 'skip'
      return path.length < 2 ? 'inside' : 'value'
    }
    const text =
      '{"a\\"b": [{"x": 1}, 2, [3]], "skip": {"deep": {"deeper": []}}, "é\\u0041": {"k": {}}}'
    for (const cuts of [[], [1], [5, 6, 7], [30, 31, 60]])
      expect(cut(text, select, cuts)).toEqual({
        values: [
          [['a"b', 0], { x: 1 }],
          [['a"b', 2], [3]],
          [['éA', 'k'], {}]
        ],
        problems: []
      })
    expect(asked).toContainEqual(['skip'])
    expect(asked).not.toContainEqual(['skip', 'deep'])
  })

  test('a leading byte-order mark is passed over', () => {
    expect(cut('\uFEFF{"a": {"b": {}}}', everything, [1, 2]).values).toEqual([[['a', 'b'], {}]])
  })

  test('values over maxValueBytes and members named over maxNameBytes are skipped and counted', () => {
    const text = JSON.stringify({
      a: { big: { pad: 'x'.repeat(100) }, small: {} },
      'a-very-long-name': { b: {} }
    })
    expect(cut(text, everything, [20, 40])).toEqual({
      values: [[['a', 'small'], {}]],
      problems: [
        '1 values larger than 64 bytes skipped',
        '1 member(s) named in more than 8 bytes skipped'
      ]
    })
  })

  test('what is not one JSON object or array is refused with the reason', () => {
    const refused = (text: string | Buffer) => () => cut(text, everything)
    expect(refused('')).toThrow('doc.json is not a JSON object or array (it is empty)')
    expect(refused('null')).toThrow('doc.json is not a JSON object or array')
    expect(refused('}')).toThrow('doc.json is not a JSON object or array')
    expect(refused('{"a": {}')).toThrow('doc.json is not JSON (it ends inside a value)')
    expect(refused('{"a": {"b": {}}')).toThrow('it ends inside a value')
    expect(refused('{} {}')).toThrow('doc.json is not JSON (data after its value)')
    expect(refused('{} x')).toThrow('data after its value')
    expect(refused('{"a": [}')).toThrow('doc.json is not JSON (a bracket does not match)')
    expect(refused('{{}}')).toThrow('doc.json is not JSON (a value where a member name belongs)')
    expect(refused(Buffer.from([0xef, 0xbb, 0x7b, 0x7d]))).toThrow(
      'doc.json is not JSON (a broken byte-order mark)'
    )
    expect(refused('{"a": {"b": {"c": x}}}')).toThrow(SyntaxError)
  })
})
