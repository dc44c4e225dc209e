import { type FormEvent, useState } from "react";

import { useLocale } from "../i18n/locale";
import { decodeClaims, developmentToken, isExpired } from "./session";
import { useSession } from "./session-context";

/** Paste a token; in development the gateway offers the local committee token as well. */
export function SignInPage() {
  const { t } = useLocale();
  const { signIn, endedBecause } = useSession();
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const devToken = developmentToken();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const claims = decodeClaims(text);
    if (!claims) return setProblem(t("signIn.invalid"));
    if (isExpired(claims)) return setProblem(t("signIn.expired"));
    signIn(text);
  };

  return (
    <main id="main" className="sign-in">
      <h1>{t("app.title")}</h1>
      <form className="card" onSubmit={submit} noValidate>
        <h2>{t("signIn.title")}</h2>
        {endedBecause && (
          <p className="notice warning" role="alert">
            {t("signIn.refused", { reason: endedBecause })}
          </p>
        )}
        <p>{t("signIn.intro")}</p>
        <label htmlFor="token">{t("signIn.token")}</label>
        <textarea
          id="token"
          name="token"
          rows={5}
          value={text}
          onChange={(event) => setText(event.target.value)}
          spellCheck={false}
          autoComplete="off"
        />
        {problem && (
          <p className="notice error" role="alert">
            {problem}
          </p>
        )}
        <div className="actions">
          <button type="submit">{t("signIn.submit")}</button>
          {devToken && (
            <button type="button" className="secondary" onClick={() => signIn(devToken)}>
              {t("signIn.development")}
            </button>
          )}
        </div>
        {devToken && <p className="hint">{t("signIn.developmentHint")}</p>}
      </form>
    </main>
  );
}
