/**
 * MDX is code, so content may use only Markdown and the registered components. This walks the
 * mdast of a body (from Sätteri's `mdxToMdast`, the parser Astro 7 compiles MDX with) and reports
 * anything that could run code or inject markup: import/export, {expressions}, raw HTML elements
 * (script and iframe among them), inline event handlers and javascript: URLs. It also collects the
 * citations and internal links the reference checks need.
 */
import { MDX_COMPONENTS, MDX_COMPONENT_NAMES } from './registry.ts';
import type { BodyFacts } from '../domain/references.ts';
import type { ProblemCode } from '../domain/problem-codes.ts';

interface Point {
  line: number;
}
interface Node {
  type: string;
  position?: { start: Point };
  children?: Node[];
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  url?: string;
  value?: string;
}

export interface BodyIssue {
  line: number;
  code: ProblemCode;
  message: string;
}
export interface BodyInspection extends BodyFacts {
  issues: BodyIssue[];
  empty: boolean;
}

const UNSAFE_SCHEME = /^(javascript|vbscript|data):/i;
/** Test a URL as a browser reads it: the URL parser drops tabs and newlines anywhere and trims controls and spaces. */
// eslint-disable-next-line no-control-regex -- the URL parser trims C0 controls, so the check must too
const UNSAFE_URL = { test: (url: string) => UNSAFE_SCHEME.test(url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '')) };
const allowed = `allowed components: ${MDX_COMPONENT_NAMES.map((n) => `<${n}>`).join(', ')}`;

export function inspectMdx(root: Node, lineOffset = 0): BodyInspection {
  const result: BodyInspection = { issues: [], citations: [], links: [], empty: true };
  const lineOf = (node: Node) => (node.position?.start.line ?? 1) + lineOffset;
  const issue = (node: Node, code: ProblemCode, message: string) => result.issues.push({ line: lineOf(node), code, message });

  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        issue(node, 'mdx-esm', `"${firstWord(node.value)}" is not allowed in content: import and export run code; ${allowed}`);
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        issue(
          node,
          'mdx-expression',
          `the expression {${(node.value ?? '').trim().slice(0, 30)}} is not allowed in content: expressions run code; write plain text (escape a brace as \\{)`,
        );
        return;
      case 'html':
        issue(node, 'mdx-raw-html', 'raw HTML is not allowed in content; write Markdown or use a registered component');
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, issue, result, lineOf(node));
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (node.url && UNSAFE_URL.test(node.url))
          issue(
            node,
            'mdx-unsafe-url',
            `the link "${node.url.slice(0, 40)}" uses a script or data URL; links must be http(s), mailto or site paths`,
          );
        else if (node.url?.startsWith('/')) result.links.push({ url: node.url, line: lineOf(node) });
        break;
    }
    if (node.type !== 'root' && node.type !== 'yaml' && node.type !== 'toml') result.empty = false;
    node.children?.forEach(visit);
  };
  visit(root);
  return result;
}

function checkElement(node: Node, issue: (n: Node, code: ProblemCode, m: string) => void, result: BodyInspection, line: number) {
  const name = node.name;
  if (!name) return issue(node, 'mdx-element', `a JSX fragment <>...</> is not allowed in content; ${allowed}`);
  if (name === 'script')
    return issue(node, 'mdx-element', `<script> is not allowed in content: the site runs no script from content; ${allowed}`);
  if (name === 'iframe')
    return issue(node, 'mdx-element', `<iframe> is not allowed in content: embeds load other sites; link to the page instead`);
  const spec = (MDX_COMPONENTS as Record<string, { attributes: readonly string[]; required: readonly string[] }>)[name];
  if (!spec) {
    const what = /^[a-z]/.test(name) ? `the HTML element <${name}>` : `the component <${name}>`;
    return issue(node, 'mdx-element', `${what} is not allowed in content; write Markdown or use one of the ${allowed}`);
  }
  const attrs: Record<string, string> = {};
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
      issue(node, 'mdx-attribute', `<${name}> has a spread attribute {...}; attributes must be plain text values`);
      continue;
    }
    if (/^on/i.test(attr.name)) {
      issue(node, 'mdx-event-handler', `<${name}> has the inline event handler "${attr.name}"; content may not run script`);
      continue;
    }
    if (typeof attr.value !== 'string') {
      issue(node, 'mdx-attribute', `<${name} ${attr.name}> must be a quoted text value, not an expression`);
      continue;
    }
    if (UNSAFE_URL.test(attr.value)) {
      issue(node, 'mdx-unsafe-url', `<${name} ${attr.name}> uses a script or data URL`);
      continue;
    }
    if (!spec.attributes.includes(attr.name)) {
      issue(
        node,
        'mdx-attribute',
        `<${name}> does not take the attribute "${attr.name}"; it takes: ${spec.attributes.join(', ') || 'none'}`,
      );
      continue;
    }
    attrs[attr.name] = attr.value;
  }
  for (const required of spec.required) {
    if (!attrs[required]) issue(node, 'mdx-attribute', `<${name}> needs the attribute ${required}="..."`);
  }
  if (name === 'Cite' && attrs.source) {
    result.citations.push({ source: attrs.source, line });
  }
}

function firstWord(value: string | undefined): string {
  return (value ?? '').trim().split(/\s+/)[0] ?? '';
}
