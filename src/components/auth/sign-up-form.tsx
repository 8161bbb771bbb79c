"use client";

import { useMutation } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldErrorsOf, messageOf } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";

export function SignUpForm({ callbackUrl, email }: { callbackUrl: string; email?: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());
  const fields = fieldErrorsOf(signUp.error);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    };
    setFormError(null);
    try {
      await signUp.mutateAsync(input);
    } catch (error) {
      if (!Object.keys(fieldErrorsOf(error)).length) setFormError(messageOf(error));
      return;
    }
    const result = await signIn("credentials", { email: input.email, password: input.password, redirect: false });
    if (!result || result.error) {
      setFormError("Your account was created, but signing in failed. Please sign in.");
      return;
    }
    router.push(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label="Create account">
      {formError ? <Alert>{formError}</Alert> : null}
      <TextField label="Your name" name="name" autoComplete="name" required error={fields.name} />
      <TextField label="E-mail" name="email" type="email" autoComplete="email" required defaultValue={email} error={fields.email} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters."
        error={fields.password}
      />
      <Button type="submit" className="w-full" disabled={signUp.isPending}>
        {signUp.isPending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
