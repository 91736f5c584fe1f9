// Tests for escaping repository text into Markdown, HTML, terminal lines and workflow commands.
import { describe, expect, test } from '@jest/globals'
import {
  escapeHtml,
  escapeHtmlText,
  escapeMarkdown,
  escapeMarkdownKeepingCode,
  escapeTextLine,
  escapeWorkflowCommandData,
  escapeWorkflowCommandProperty,
  neutraliseMentions,
} from '../../src/report/escape.js'

const ZWJ = '\u200d'

describe('escapeHtml', () => {
  test.each([
    ['plain', 'prod.example.com', 'prod.example.com'],
    ['tag', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['ampersand first', '&lt;', '&amp;lt;'],
    ['quotes', `"a" 'b'`, '&quot;a&quot; &#39;b&#39;'],
    ['markdown untouched', '*_`[x](y)|#', '*_`[x](y)|#'],
    ['mention untouched', '@octocat', '@octocat'],
    ['empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(escapeHtml(input)).toBe(expected)
  })
})

describe('neutraliseMentions', () => {
  test.each([
    ['user', '@octocat', `@${ZWJ}octocat`],
    ['team', 'ping @org/team now', `ping @${ZWJ}org/team now`],
    ['several', '@a @b', `@${ZWJ}a @${ZWJ}b`],
    ['none', 'no mention', 'no mention'],
  ])('%s', (_name, input, expected) => {
    expect(neutraliseMentions(input)).toBe(expected)
  })
})

describe('escapeMarkdown', () => {
  test.each([
    ['plain text', 'nodeup of kOps 1.29.0 would fail (amd64).', 'nodeup of kOps 1.29.0 would fail (amd64).'],
    ['emphasis', '*bold* _it_ ~~strike~~', '\\*bold\\* \\_it\\_ \\~\\~strike\\~\\~'],
    ['code span', '`kops 1.30.4`', '\\`kops 1.30.4\\`'],
    ['link', '[click](https://evil.example)', '\\[click\\](https://evil.example)'],
    ['image', '![x](y)', '\\!\\[x\\](y)'],
    ['table pipe', 'a|b', 'a\\|b'],
    ['heading and issue reference', '# title #123', '\\# title \\#123'],
    ['backslash', 'C:\\path', 'C:\\\\path'],
    ['math', '${KOPS_STATE}/$x$', '\\${KOPS\\_STATE}/\\$x\\$'],
    ['html', '<script>alert("x")</script>', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'],
    ['entity', '&amp;', '&amp;amp;'],
    ['apostrophe kept', "kOps's default", "kOps's default"],
    ['mention', 'cc @octocat', `cc @${ZWJ}octocat`],
    ['newlines', 'a\nb\r\nc\rd', 'a b c d'],
    ['leading dash', '- item', '\\- item'],
    ['leading plus', '+ item', '\\+ item'],
    ['leading ordered marker', '1. item', '1\\. item'],
    ['leading paren marker', '12) item', '12\\) item'],
    ['leading version kept', '1.28.1 → 1.29.0', '1.28.1 → 1.29.0'],
    ['leading setext underline', '===', '\\==='],
    ['inner dash kept', 'cri-containerd-cni', 'cri-containerd-cni'],
    ['inner dot kept', 'v1.29.0', 'v1.29.0'],
    ['percent and colons kept', '100% ::error::', '100% ::error::'],
    ['empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected)
  })

  test('output never has a line break', () => {
    expect(escapeMarkdown('x\n\n| a | b |\n# h')).not.toMatch(/[\r\n]/)
  })
})

describe('escapeMarkdownKeepingCode', () => {
  test.each([
    ['code span kept', 'Pin kOps in .tool-versions (`kops 1.30.4`).', 'Pin kOps in .tool-versions (<code>kops 1.30.4</code>).'],
    ['placeholders escaped', 'Use containerd-<version>-linux-<arch>.tar.gz', 'Use containerd-&lt;version&gt;-linux-&lt;arch&gt;.tar.gz'],
    ['code content escaped', '`a|<b>_c`', '<code>a\\|&lt;b&gt;\\_c</code>'],
    ['unpaired backtick', 'a ` b', 'a \\` b'],
    ['no code', 'plain *text*', 'plain \\*text\\*'],
  ])('%s', (_name, input, expected) => {
    expect(escapeMarkdownKeepingCode(input)).toBe(expected)
  })
})

describe('escapeHtmlText', () => {
  test.each([
    ['tag and mention', '<b>@octocat</b>', `&lt;b&gt;@${ZWJ}octocat&lt;/b&gt;`],
    ['line breaks', 'a\n\nb\r\nc', 'a  b c'],
    ['markdown untouched', '*_|', '*_|'],
  ])('%s', (_name, input, expected) => {
    expect(escapeHtmlText(input)).toBe(expected)
  })
})

describe('escapeTextLine', () => {
  test.each([
    ['plain', 'clusters/prod.yaml', 'clusters/prod.yaml'],
    ['newline', 'a\nb', 'a\\nb'],
    ['carriage return', 'a\r\nb', 'a\\r\\nb'],
    ['tab', 'a\tb', 'a\\tb'],
    ['ANSI escape', '\u001b[31mred', '\\u001b[31mred'],
    ['NUL and DEL', '\u0000\u007f', '\\u0000\\u007f'],
    ['C1 control', '\u009b', '\\u009b'],
    ['unicode kept', 'kOps 1.28.1 → 1.29.0 ✓', 'kOps 1.28.1 → 1.29.0 ✓'],
  ])('%s', (_name, input, expected) => {
    expect(escapeTextLine(input)).toBe(expected)
  })
})

describe('escapeWorkflowCommandData', () => {
  test.each([
    ['plain', 'nodeup would fail', 'nodeup would fail'],
    ['percent', '100%', '100%25'],
    ['percent-encoded looking text', '%0A', '%250A'],
    ['newline', 'a\nb', 'a%0Ab'],
    ['carriage return', 'a\r\nb', 'a%0D%0Ab'],
    ['colons and commas kept', 'a::b, c:d', 'a::b, c:d'],
    ['injected command', 'x\n::error::pwned', 'x%0A::error::pwned'],
  ])('%s', (_name, input, expected) => {
    expect(escapeWorkflowCommandData(input)).toBe(expected)
  })
})

describe('escapeWorkflowCommandProperty', () => {
  test.each([
    ['plain', 'clusters/prod.yaml', 'clusters/prod.yaml'],
    ['percent', '50%', '50%25'],
    ['newline', 'a\nb', 'a%0Ab'],
    ['carriage return', 'a\rb', 'a%0Db'],
    ['colon', 'kops-preflight: nodeup-fails', 'kops-preflight%3A nodeup-fails'],
    ['comma', 'a,b', 'a%2Cb'],
    ['double colon', 'a::b', 'a%3A%3Ab'],
    ['percent before the rest', '%3A:', '%253A%3A'],
  ])('%s', (_name, input, expected) => {
    expect(escapeWorkflowCommandProperty(input)).toBe(expected)
  })
})
