import type { ReactNode } from "react";
import { parseCommentMarkdown, type Block, type Inline } from "@/features/comments/comment-markdown";

/**
 * A comment, rendered from its parsed Markdown with React elements only: the
 * body never becomes an HTML string, so nothing in it can turn into markup.
 * Works in server and client components alike (no hooks).
 */
export function CommentBody({ body }: { body: string }) {
  return <div className="space-y-2 text-sm leading-relaxed break-words">{parseCommentMarkdown(body).map(renderBlock)}</div>;
}

function renderBlock(block: Block, key: number): ReactNode {
  switch (block.type) {
    case "paragraph":
      return <p key={key} dir="auto">{renderInlines(block.children)}</p>;
    case "quote":
      return (
        <blockquote key={key} dir="auto" className="border-l-2 border-zinc-300 ps-3 text-zinc-600 dark:border-zinc-600 dark:text-zinc-400">
          {renderInlines(block.children)}
        </blockquote>
      );
    case "list": {
      const items = block.items.map((item, i) => <li key={i} dir="auto">{renderInlines(item)}</li>);
      return block.ordered ? (
        <ol key={key} className="list-decimal space-y-1 ps-5">{items}</ol>
      ) : (
        <ul key={key} className="list-disc space-y-1 ps-5">{items}</ul>
      );
    }
    case "codeblock":
      return (
        <pre key={key} dir="ltr" className="overflow-x-auto rounded-md bg-zinc-100 p-2 font-mono text-xs dark:bg-zinc-800">
          <code>{block.text}</code>
        </pre>
      );
  }
}

function renderInlines(nodes: readonly Inline[]): ReactNode[] {
  return nodes.map(renderInline);
}

function renderInline(node: Inline, key: number): ReactNode {
  switch (node.type) {
    case "text":
      return node.text;
    case "break":
      return <br key={key} />;
    case "strong":
      return <strong key={key}>{renderInlines(node.children)}</strong>;
    case "em":
      return <em key={key}>{renderInlines(node.children)}</em>;
    case "code":
      return <code key={key} className="rounded bg-zinc-100 px-1 font-mono text-[0.9em] dark:bg-zinc-800">{node.text}</code>;
    case "link":
      // ugc + nofollow: comments are user content; noopener keeps the new tab away from this one.
      return (
        <a key={key} href={node.href} target="_blank" rel="noopener noreferrer nofollow ugc" className="text-sky-700 underline underline-offset-2 dark:text-sky-300">
          {renderInlines(node.children)}
        </a>
      );
    case "mention":
      // dir="auto" isolates the name, so a right-to-left name cannot reorder the sentence around it.
      return <span key={key} dir="auto" data-user-id={node.userId} className="mention font-medium text-sky-700 dark:text-sky-300">@{node.name}</span>;
  }
}
