import { lazy, Suspense } from "react";
import { Route, Router, Switch } from "wouter";

import { useSession } from "./auth/session-context";
import { SignInPage } from "./auth/sign-in-page";
import { Layout } from "./components/layout";
import { GraphQLProvider } from "./graphql/client";
import { useLocale } from "./i18n/locale";

// Each page is its own chunk, fetched when its route is first opened: the first load carries one page.
const OverviewPage = lazy(() => import("./pages/overview/overview-page").then((m) => ({ default: m.OverviewPage })));
const TaskPage = lazy(() => import("./pages/task/task-page").then((m) => ({ default: m.TaskPage })));
const IndicatorPage = lazy(() =>
  import("./pages/indicator/indicator-page").then((m) => ({ default: m.IndicatorPage })),
);
const AgencyPage = lazy(() => import("./pages/agency/agency-page").then((m) => ({ default: m.AgencyPage })));
const ReportPage = lazy(() => import("./pages/report/report-page").then((m) => ({ default: m.ReportPage })));

function PageLoading() {
  const { t } = useLocale();
  return <p aria-busy="true">{t("common.loading")}</p>;
}

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
          <Suspense fallback={<PageLoading />}>
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
          </Suspense>
        </Layout>
      </Router>
    </GraphQLProvider>
  );
}
