import type { WorkStats } from "@/lib/stats/creator-stats";

type Props = { works: Pick<WorkStats, "id" | "title" | "hits">[] };

const WIDTH = 640;
const LABEL_WIDTH = 200;
const BAR_SPACE = 360;
const ROW = 26;
const BAR = 16;

function shortTitle(title: string): string {
  return title.length > 28 ? `${title.slice(0, 27)}…` : title;
}

// Hits per work as a horizontal bar chart, drawn on the server (no script). Every colour is
// currentColor, so the chart takes the text colour of whatever theme the page is in, light or dark.
export function HitsChart({ works }: Props) {
  const max = Math.max(1, ...works.map((work) => work.hits));
  const height = Math.max(1, works.length) * ROW + 8;
  return (
    <figure className="my-6">
      <svg
        role="img"
        aria-labelledby="hits-chart-title"
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="h-auto w-full max-w-3xl text-current"
        fontSize="12"
      >
        <title id="hits-chart-title">{`Hits per work: ${works.map((work) => `${work.title} ${work.hits}`).join(", ") || "no works"}`}</title>
        {works.map((work, index) => {
          const y = index * ROW + 4;
          const length = Math.round((work.hits / max) * BAR_SPACE);
          return (
            <g key={work.id}>
              <text x={LABEL_WIDTH - 8} y={y + BAR - 3} textAnchor="end" fill="currentColor">
                {shortTitle(work.title)}
              </text>
              <rect x={LABEL_WIDTH} y={y} width={Math.max(length, 1)} height={BAR} fill="currentColor" fillOpacity={0.55} />
              <text x={LABEL_WIDTH + length + 6} y={y + BAR - 3} fill="currentColor">
                {work.hits.toLocaleString("en-US")}
              </text>
            </g>
          );
        })}
        <line x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={0} y2={height} stroke="currentColor" strokeOpacity={0.6} />
      </svg>
      <figcaption className="mt-1 text-sm text-stone-600">Hits per work</figcaption>
    </figure>
  );
}
