import { z } from "zod";

export const PASSWORD_MIN = 10;

export const ZEmailSchema = z
  .string({ message: "Enter your e-mail address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your e-mail address.")
  .max(254, "That e-mail address is too long.")
  .pipe(z.email("Enter a valid e-mail address, like name@example.org."));

export const ZSignUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Keep your name under 100 characters."),
  email: ZEmailSchema,
  password: z
    .string()
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
    .max(200, "Use at most 200 characters."),
});
export type TSignUp = z.infer<typeof ZSignUpSchema>;

export const ZSignInSchema = z.object({
  email: ZEmailSchema,
  password: z.string().min(1, "Enter your password.").max(200),
});
export type TSignIn = z.infer<typeof ZSignInSchema>;
