"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldErrorsOf, messageOf } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { ImportPanel, type ArticleDraft } from "./import-panel";

const EMPTY: ArticleDraft = { title: "", text: "", sourceUrl: "", outlet: "", author: "", publishedAt: "", language: "" };

export function NewArticleForm({ workspaceId, slug }: { workspaceId: string; slug: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [draft, setDraft] = useState<ArticleDraft>(EMPTY);
  const create = useMutation(trpc.article.create.mutationOptions({ onSuccess: ({ id }) => router.push(`/w/${slug}/articles/${id}`) }));
  const fields = fieldErrorsOf(create.error);
  const set = (key: keyof ArticleDraft) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setDraft({ ...draft, [key]: e.target.value });

  return (
    <div className="space-y-6">
      <ImportPanel workspaceId={workspaceId} onDraft={(d) => setDraft({ ...draft, ...d })} />
      <form
        aria-label="Article"
        noValidate
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate({
            workspaceId,
            title: draft.title,
            text: draft.text,
            sourceUrl: draft.sourceUrl,
            outlet: draft.outlet,
            author: draft.author,
            publishedAt: draft.publishedAt ? new Date(draft.publishedAt) : undefined,
            language: draft.language || undefined,
          });
        }}
      >
        {create.error && !Object.keys(fields).length ? <Alert>{messageOf(create.error)}</Alert> : null}
        <TextField label="Title" name="title" value={draft.title} onChange={set("title")} required error={fields.title} />
        <div className="space-y-1">
          <label htmlFor="article-text" className="block text-sm font-medium">
            Article text
          </label>
          <textarea
            id="article-text"
            name="text"
            dir="auto"
            rows={14}
            value={draft.text}
            onChange={set("text")}
            aria-invalid={fields.text ? true : undefined}
            aria-describedby={fields.text ? "article-text-error" : undefined}
            placeholder="Paste the article here (plain text or Markdown)."
            className="block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 font-serif text-base leading-relaxed aria-[invalid=true]:border-red-600 dark:border-zinc-600 dark:bg-zinc-900"
          />
          {fields.text ? (
            <p id="article-text-error" role="alert" className="text-sm text-red-700 dark:text-red-400">
              {fields.text}
            </p>
          ) : null}
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Source URL" name="sourceUrl" type="url" value={draft.sourceUrl} onChange={set("sourceUrl")} error={fields.sourceUrl} />
          <TextField label="Outlet" name="outlet" value={draft.outlet} onChange={set("outlet")} error={fields.outlet} />
          <TextField label="Author" name="author" value={draft.author} onChange={set("author")} error={fields.author} />
          <TextField label="Published" name="publishedAt" type="date" value={draft.publishedAt} onChange={set("publishedAt")} error={fields.publishedAt} />
          <TextField label="Language" name="language" value={draft.language} onChange={set("language")} hint="Code such as en, fa, ps, ar; guessed when empty." error={fields.language} />
        </div>
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? "Analysing…" : "Save and find claims"}
        </Button>
      </form>
    </div>
  );
}
