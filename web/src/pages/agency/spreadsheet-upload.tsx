import { type FormEvent, useState } from "react";

import { useSession } from "../../auth/session-context";
import { WriteOutcome } from "../../components/notices";
import { downloadFile, FileRequestError, type UploadOutcome, uploadSpreadsheet } from "../../files";
import { useLocale } from "../../i18n/locale";

/**
 * The December spreadsheet: the template for anyone signed in; for the unit's editor, a dry run
 * first (every bad row listed with its column and reason), then the commit of the same file.
 */
export function SpreadsheetUpload({ agency, year, mayUpload }: { agency: string; year: number; mayUpload: boolean }) {
  const { t } = useLocale();
  const { token, signOut } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<UploadOutcome | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const failed = (problem: unknown) => {
    if (problem instanceof FileRequestError && problem.status === 401) return signOut(problem.message);
    setRefused(problem instanceof Error ? problem.message : String(problem));
  };
  const template = (format: "xlsx" | "csv") => {
    setRefused(null);
    downloadFile(
      `/spreadsheets/template?agency=${agency}&year=${year}&format=${format}`,
      token!,
      `template-${agency}-${year}.${format}`,
    ).catch(failed);
  };
  const send = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setRefused(null);
    setRecorded(null);
    try {
      const answer = await uploadSpreadsheet(file, { agency, dryRun, token: token! });
      setOutcome(answer);
      if (answer.ok && dryRun) setChecked(file);
      if (answer.ok && !dryRun) {
        setChecked(null);
        setRecorded(t("upload.recorded", answer.summary as unknown as Record<string, number>));
      }
    } catch (problem) {
      failed(problem);
    } finally {
      setBusy(false);
    }
  };
  const check = (event: FormEvent) => {
    event.preventDefault();
    void send(true);
  };

  return (
    <div className="spreadsheet" data-spreadsheet={agency}>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => template("xlsx")}>
          {t("agency.template")}
        </button>
        <button type="button" className="secondary" onClick={() => template("csv")}>
          {t("agency.templateCsv")}
        </button>
      </div>
      {mayUpload && (
        <form className="form" onSubmit={check} noValidate data-form="upload">
          <h3>{t("upload.title")}</h3>
          <label htmlFor="upload-file">{t("upload.file")}</label>
          <input
            id="upload-file"
            type="file"
            accept=".xlsx,.csv"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setChecked(null);
              setOutcome(null);
              setRecorded(null);
            }}
          />
          <div className="actions">
            <button type="submit" disabled={!file || busy}>
              {t("upload.dryRun")}
            </button>
            <button type="button" disabled={!checked || checked !== file || busy} onClick={() => void send(false)}>
              {t("upload.commit")}
            </button>
          </div>
          {outcome?.ok && outcome.summary.dryRun && checked && (
            <p className="notice success" role="status" data-dry-run>
              {t("upload.checked", outcome.summary as unknown as Record<string, number>)}
            </p>
          )}
          {outcome && !outcome.ok && (
            <div className="notice error" role="alert" data-upload-problems>
              <p>{t("upload.problems", { count: outcome.problems.length })}</p>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("upload.row")}</th>
                    <th scope="col">{t("upload.column")}</th>
                    <th scope="col">{t("upload.reason")}</th>
                  </tr>
                </thead>
                <tbody>
                  {outcome.problems.map((problem, index) => (
                    <tr key={index} data-row={problem.row}>
                      <th scope="row">{problem.row}</th>
                      <td>{problem.column}</td>
                      <td>{problem.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {outcome?.ok && outcome.summary.warnings.length > 0 && (
            <ul className="notice warning">
              {outcome.summary.warnings.map((warning, index) => (
                <li key={index}>
                  {t("upload.row")} {warning.row}: {warning.message}
                </li>
              ))}
            </ul>
          )}
          <WriteOutcome ok={recorded} refused={refused} />
        </form>
      )}
      {!mayUpload && refused && <WriteOutcome refused={refused} />}
    </div>
  );
}
