import { Route, Router, Switch } from "wouter";
import { SignInPage } from "./auth/sign-in-page";
import { useSession } from "./auth/session-context";
import { Layout } from "./components/layout";
import { GraphQLProvider } from "./graphql/client";
import { useLocale } from "./i18n/locale";
import { AgencyPage } from "./pages/agency/agency-page";
import { IndicatorPage } from "./pages/indicator/indicator-page";
import { OverviewPage } from "./pages/overview/overview-page";
import { ReportPage } from "./pages/report/report-page";
import { TaskPage } from "./pages/task/task-page";

function NotFoundPage() {
  const { t } = useLocale();
  return <h1>{t("common.notFound")}</h1>;
}

/** Every page is a bookmarkable route under /app/ (the gateway answers each with the app). */
export function App() {
  const { token } = useSession();
  if (!token) return <SignInPage />;
  return (
    <GraphQLProvider>
      <Router base="/app">
        <Layout>
          <Switch>
            <Route path="/" component={OverviewPage} />
            <Route path="/tasks/:code">{(params) => <TaskPage code={decodeURIComponent(params.code)} />}</Route>
            <Route path="/indicators/:code">
              {(params) => <IndicatorPage code={decodeURIComponent(params.code)} />}
            </Route>
            <Route path="/agencies/:code">{(params) => <AgencyPage code={decodeURIComponent(params.code)} />}</Route>
            <Route path="/reports/:period">
              {(params) => <ReportPage period={decodeURIComponent(params.period)} />}
            </Route>
            <Route component={NotFoundPage} />
          </Switch>
        </Layout>
      </Router>
    </GraphQLProvider>
  );
}
