import { AMD64, expectCase, run, type Case } from './cases'

// Class 1: the file is split into instructions exactly as BuildKit's parser splits it.
const cases: Case[] = [
  {
    name: 'the escape directive makes ` the continuation token',
    rule: 'parser.go directives.setEscapeToken + trimContinuationCharacter',
    dockerfile: ['# escape=`', 'FROM `', '# a comment', '  alpine:3.20 AS web'],
    images: [['alpine:3.20', 2, AMD64]]
  },
  {
    name: 'with ` as escape, a trailing backslash does not continue: the next FROM is pulled',
    rule: 'parser.go lineContinuationRegex is built from the escape token only',
    dockerfile: ['  # escape=`', 'FROM busybox', 'RUN echo \\', 'FROM evil/image'],
    images: [
      ['busybox', 2, AMD64],
      ['evil/image', 4, AMD64]
    ]
  },
  {
    name: 'a UTF-8 BOM before the directives is dropped',
    rule: 'parser.go Parse: discardBOM on the first line',
    dockerfile: ['\ufeff# escape=`', 'FROM busybox', 'RUN echo \\', 'FROM evil/image'],
    images: [
      ['busybox', 2, AMD64],
      ['evil/image', 4, AMD64]
    ]
  },
  {
    name: 'a comment that is no directive ends the block: a later escape= is only a comment',
    rule: 'directives.go DirectiveParser.ParseLine sets done on the first non-directive',
    dockerfile: ['# hello', '# escape=`', 'FROM busybox', 'RUN echo \\', 'FROM hidden/image'],
    images: [['busybox', 3, AMD64]]
  },
  {
    name: 'an empty line ends the directive block',
    rule: 'directives.go ParseLine: a line without the # prefix sets done',
    dockerfile: ['', '# escape=`', 'FROM busybox', 'RUN echo \\', 'FROM hidden/image'],
    images: [['busybox', 3, AMD64]]
  },
  {
    name: 'an unknown directive name ends the block',
    rule: 'directives.go ParseLine: keys other than syntax, escape, check set done',
    dockerfile: ['# foo=bar', '# escape=`', 'FROM busybox', 'RUN echo \\', 'FROM hidden/image'],
    images: [['busybox', 3, AMD64]]
  },
  {
    name: 'a directive twice is an error',
    rule: 'directives.go ParseLine: "only one escape parser directive can be used"',
    dockerfile: ['# escape=`', '# escape=\\', 'FROM busybox'],
    images: [],
    problems: [[2, 'only one escape parser directive']]
  },
  {
    name: 'an escape token other than \\ or ` is an error',
    rule: 'parser.go directives.setEscapeToken',
    dockerfile: ['# escape=x', 'FROM busybox'],
    images: [],
    problems: [[1, 'invalid escape token']]
  },
  {
    name: 'blanks after the escape token still continue the line',
    rule: 'parser.go lineContinuationRegex: escape then [ \\t]* at the end',
    dockerfile: ['FROM busybox', 'RUN echo \\  \t', 'FROM hidden/image'],
    images: [['busybox', 1, AMD64]]
  },
  {
    name: 'an escaped escape token at the end does not continue the line',
    rule: 'parser.go lineContinuationRegex: ([^\\\\])\\\\ needs a character that is not the token',
    dockerfile: ['FROM busybox', 'RUN echo \\\\', 'FROM evil/image'],
    images: [
      ['busybox', 1, AMD64],
      ['evil/image', 3, AMD64]
    ]
  },
  {
    name: 'CRLF line ends: the continuation still holds, the hidden line stays hidden',
    rule: 'parser.go trimNewline drops \\r and \\n before the continuation check',
    dockerfile: [
      'FROM busybox\r',
      'RUN echo \\\r',
      'FROM hidden/image\r',
      'FROM\talpine\tAS\tbase\r'
    ],
    images: [
      ['busybox', 1, AMD64],
      ['alpine', 4, AMD64]
    ]
  },
  {
    name: 'comment and empty lines inside a continuation are skipped',
    rule: 'parser.go Parse: isComment / isEmptyContinuationLine inside the continuation loop',
    dockerfile: ['FROM \\', '# not the end', '', '   alpine \\', '  AS base'],
    images: [['alpine', 1, AMD64]]
  },
  {
    name: 'a heredoc body is not instructions',
    rule: 'parser.go Parse: heredocsFromLine, body lines read raw up to the terminator',
    dockerfile: ['FROM busybox', 'RUN <<EOF', 'FROM evil/image', 'EOF', 'FROM alpine'],
    images: [
      ['busybox', 1, AMD64],
      ['alpine', 5, AMD64]
    ]
  },
  {
    name: '<<-EOF allows a tab-indented terminator; a quoted delimiter works the same',
    rule: 'parser.go Parse: heredoc.Chomp trims leading tabs; ParseHeredoc unquotes the name',
    dockerfile: [
      'FROM busybox',
      'RUN <<-EOF',
      'FROM evil/one',
      '\tEOF',
      'COPY <<"END" /x',
      'FROM evil/two',
      'END',
      'FROM alpine'
    ],
    images: [
      ['busybox', 1, AMD64],
      ['alpine', 8, AMD64]
    ]
  },
  {
    name: 'several heredocs on one line are read one after the other',
    rule: 'parser.go heredocsFromLine returns every <<WORD of the line',
    dockerfile: [
      'FROM busybox',
      'COPY <<A <<B /dst/',
      'FROM evil/a',
      'A',
      'FROM evil/b',
      'B',
      'FROM alpine'
    ],
    images: [
      ['busybox', 1, AMD64],
      ['alpine', 7, AMD64]
    ]
  },
  {
    name: 'a heredoc under ONBUILD is a heredoc too',
    rule: 'parser.go canContainHeredoc looks through ONBUILD (heredocCompoundDirectives)',
    dockerfile: ['FROM busybox', 'ONBUILD RUN <<EOF', 'FROM evil/image', 'EOF'],
    images: [['busybox', 1, AMD64]]
  },
  {
    name: 'the exec (JSON) form has no heredocs: the next lines are instructions',
    rule: 'parser.go canContainHeredoc: false when the json attribute is set',
    dockerfile: ['FROM busybox', 'RUN ["sh", "-c", "cat <<EOF"]', 'FROM evil/image', 'EOF'],
    images: [
      ['busybox', 1, AMD64],
      ['evil/image', 3, AMD64]
    ],
    problems: [[4, 'unknown instruction: EOF']]
  },
  {
    name: 'only ADD, COPY and RUN open heredocs',
    rule: 'parser.go heredocDirectives = {add, copy, run}',
    dockerfile: ['FROM busybox', 'LABEL x=<<EOF', 'FROM evil/image', 'EOF'],
    images: [
      ['busybox', 1, AMD64],
      ['evil/image', 3, AMD64]
    ],
    problems: [[4, 'unknown instruction: EOF']]
  },
  {
    name: 'a line the lexer rejects (open quote) opens no heredoc',
    rule: 'parser.go heredocsFromLine ignores ProcessWords errors and finds no heredoc',
    dockerfile: ['FROM busybox', "RUN echo ' <<EOF", 'FROM evil/image', 'EOF'],
    images: [
      ['busybox', 1, AMD64],
      ['evil/image', 3, AMD64]
    ],
    problems: [[4, 'unknown instruction: EOF']]
  },
  {
    name: 'an unterminated heredoc is an error',
    rule: 'parser.go Parse: "unterminated heredoc"',
    dockerfile: ['FROM busybox', 'RUN <<EOF', 'echo'],
    images: [],
    problems: [[2, 'unterminated heredoc']]
  },
  {
    name: 'keywords and AS are case-insensitive',
    rule: 'parser.go newNodeFromLine lower-cases the keyword; parse.go parseBuildStageName EqualFold',
    dockerfile: ['from alpine aS base', 'FrOm base', 'copy --from=BASE / /'],
    images: [['alpine', 1, AMD64]]
  },
  {
    name: 'FROM with extra words is an error, not its first word',
    rule: 'parse.go parseBuildStageName: "FROM requires either one or three arguments"',
    dockerfile: ['FROM alpine evil/image'],
    images: [],
    problems: [[1, 'FROM requires either one or three arguments']]
  },
  {
    name: 'FROM with an unknown flag is an error',
    rule: 'bflag.go BFlags.Parse: "unknown flag"',
    dockerfile: ['FROM --platfrom=linux/arm64 alpine'],
    images: [],
    problems: [[1, 'unknown flag: --platfrom']]
  },
  {
    name: 'a stage name must be lower-case letters first',
    rule: 'parse.go validStageName',
    dockerfile: ['FROM alpine AS 1st'],
    images: [],
    problems: [[1, 'invalid name for build stage']]
  },
  {
    name: 'an unknown instruction and an instruction before FROM are errors',
    rule: 'parse.go ParseInstruction UnknownInstructionError; Parse: CurrentStage',
    dockerfile: ['RUN true', 'FROM alpine', 'FRM evil/image'],
    images: [['alpine', 2, AMD64]],
    problems: [
      [1, 'no build stage in current context'],
      [3, 'unknown instruction: FRM']
    ]
  },
  {
    name: 'a file with only comments is an error',
    rule: 'parser.go Parse: "file with no instructions"',
    dockerfile: ['# nothing', ''],
    images: [],
    problems: [[1, 'file with no instructions']]
  }
]

describe('Dockerfile parsing like BuildKit', () => {
  test.each(cases.map(c => [`${c.name} (${c.rule})`, c] as const))('%s', (_, c) => expectCase(c))
})

describe('budgets for a file a pull request controls', () => {
  test('a line over 64 KiB, a file over 4 MiB and deep nesting are errors on their line', () => {
    const long = expectProblem(['FROM alpine', `RUN echo ${'a'.repeat(70_000)}`])
    expect(long).toEqual([2, expect.stringContaining('max allowed size of 65535')])
    const big = expectProblem(Array(300_000).fill('# padding padding'))
    expect(big).toEqual([1, expect.stringContaining('larger than 4194304 bytes')])
    const nested = expectProblem([`FROM ${'${A:-'.repeat(40)}alpine${'}'.repeat(40)}`])
    expect(nested).toEqual([1, expect.stringContaining('nested too deeply')])
  })
})

function expectProblem(dockerfile: string[]) {
  const { images, problems } = run({ name: '', rule: '', dockerfile, images: [] })
  expect(images).toEqual([])
  expect(problems).toHaveLength(1)
  return problems[0]
}
