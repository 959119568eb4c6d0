// A report's text laid out as the office files it (the Word download's 公文 layout, server/report-documents.ts): the
// first line the title, centred and bold; the second the period; then paragraphs with a two-character first-line
// indent, the 一、 headings bold. Inside a `.print-area`, it prints as it shows.

/** 一、 二、 …: a first-level heading. */
const HEADING = /^[一二三四五六七八九十]+、/;

export function ReportDocument({ body, testId }: { body: string; testId?: string }) {
  const lines = body.split('\n').filter((line) => line.trim() !== '');
  return (
    <article className="report-document" data-testid={testId}>
      {lines.map((line, index) => {
        const key = `${index}-${line.slice(0, 12)}`;
        if (index === 0)
          return (
            <h2 key={key} className="report-document-title">
              {line}
            </h2>
          );
        if (index === 1)
          return (
            <p key={key} className="report-document-period">
              {line}
            </p>
          );
        if (HEADING.test(line))
          return (
            <h3 key={key} className="report-document-heading">
              {line}
            </h3>
          );
        return <p key={key}>{line}</p>;
      })}
    </article>
  );
}
