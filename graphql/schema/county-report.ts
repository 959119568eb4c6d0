// The county's own reports (县级周报 / 月报 / 年报) for ADMIN and LEADER, their regeneration by the county office,
// and every report's Word download (GET /reports/<id>.docx, server/downloads.ts).
import { builder, ConnectionInterface } from '../builder';
import { connectionOf, pageComplexity, viewerOf } from '../ids';
import { z } from 'zod';
import type { Figures } from '../../domain/figures';
import { ReportRef } from './campaign';
import { figureFields } from './dashboard';
import { ReportKindEnum } from './enums';

const CountyReportFiguresRef = builder.objectRef<Figures>('CountyReportFigures').implement({
  description: "A county report's figures: the dashboard's for the report's window, as of its writing",
  interfaces: [figureFields],
});

/** The stored figures of a county report (activities/county-reports.ts); a campaign's report has no such field. */
const storedCountyFigures = z.object({ figures: z.record(z.string(), z.number().nullable()) });

const ReportConnection = builder.connectionObject(
  { type: ReportRef, name: 'ReportConnection', interfaces: [ConnectionInterface] },
  { name: 'ReportEdge' },
);

builder.objectField(ReportRef, 'docxUrl', (t) =>
  t.string({
    description: 'The report as a Word document in 公文 layout (GB/T 9704), as the viewer may read it',
    resolve: (r) => `/reports/${r.id}.docx`,
  }),
);

builder.objectField(ReportRef, 'countyFigures', (t) =>
  t.field({
    type: CountyReportFiguresRef,
    nullable: true,
    description:
      "A county report's figures of its period, as the dashboard counts the same window (inspections too); null for a campaign's report",
    resolve: (r) =>
      r.campaign_id === null
        ? ((storedCountyFigures.safeParse(r.stats).data?.figures as Figures | undefined) ?? null)
        : null,
  }),
);

builder.queryField('countyReports', (t) =>
  t.field({
    type: ReportConnection,
    complexity: pageComplexity,
    authScopes: { loggedIn: true },
    description: 'ADMIN and LEADER: the county’s weekly, monthly and annual reports across all its work, newest first',
    args: { ...t.arg.connectionArgs(), kind: t.arg({ type: ReportKindEnum, required: false }) },
    resolve: (_root, args, context) => {
      const viewer = viewerOf(context);
      const reports = context.services.countyReports;
      return connectionOf(
        args,
        (page) => reports.list(viewer, args.kind ?? null, page),
        () => reports.count(viewer, args.kind ?? null),
      );
    },
  }),
);

builder.mutationField('generateCountyReport', (t) =>
  t.field({
    type: ReportRef,
    authScopes: { admin: true },
    description:
      'ADMIN: writes (or rewrites) the county report of the WEEKLY, MONTHLY or ANNUAL period holding periodStart; the period must have ended',
    args: {
      kind: t.arg({ type: ReportKindEnum, required: true }),
      periodStart: t.arg({ type: 'DateTime', required: true }),
    },
    resolve: (_root, args, context) =>
      context.services.countyReports.generate(viewerOf(context), args.kind, args.periodStart, context.requestId),
  }),
);
