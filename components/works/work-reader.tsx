import { WorkGifts } from "@/components/gifts/work-gifts";
import { ReadingControls } from "@/components/readings/reading-controls";
import { ReadingPosition } from "@/components/readings/reading-position";
import { WorkSeriesNavigation } from "@/components/series/work-series-navigation";
import { ChapterNavigation } from "@/components/works/chapter-navigation";
import { ChapterView } from "@/components/works/chapter-view";
import { EndNotes } from "@/components/works/notes-block";
import { WorkActions } from "@/components/works/work-actions";
import { WorkFeedback } from "@/components/works/work-feedback";
import { WORK_END_NOTES_ID, WorkPreface } from "@/components/works/work-preface";
import type { FeedbackActions } from "@/components/works/feedback-actions";
import type { Viewer } from "@/lib/auth/session";
import type { WorkPage } from "@/lib/work-page/get-work-page";

type Props = { page: WorkPage; fullView: boolean; viewer: Viewer | null; actions: FeedbackActions };

// The reading page: preface, the chosen chapters, and the work's end notes after the last one.
// Everything it shows was read in one statement (getWorkPage); its parts only render.
export function WorkReader({ page, fullView, viewer, actions }: Props) {
  const { work, texts } = page;
  const multiChapter = work.chapters.length > 1;
  const current = fullView ? undefined : work.chapters.find((chapter) => chapter.id === texts[0]?.id);
  const showsLastChapter = texts.at(-1)?.id === work.chapters.at(-1)?.id;
  return (
    <div className="mx-auto max-w-3xl">
      <WorkActions
        workId={work.id}
        isCreator={work.isCreator}
        chapterCount={work.chapters.length}
        currentChapterId={fullView ? undefined : texts[0]?.id}
      />
      <ReadingControls workId={work.id} isCreator={work.isCreator} viewer={viewer} reading={page.mine?.reading ?? null} setMarkedForLater={actions.setMarkedForLater} />
      {viewer && texts.length === 1 && !work.isCreator && <ReadingPosition workId={work.id} chapterId={texts[0]!.id} />}
      <WorkPreface work={work}>
        <WorkGifts workId={work.id} viewer={viewer} recipients={page.recipients} refuseGift={actions.refuseGift} />
        <WorkSeriesNavigation place={page.seriesPlace} />
      </WorkPreface>
      <ChapterNavigation workId={work.id} chapters={work.chapters} current={current} fullView={fullView} />
      {texts.map((chapter) => (
        <ChapterView key={chapter.id} chapter={chapter} showHeading={multiChapter} />
      ))}
      <ChapterNavigation workId={work.id} chapters={work.chapters} current={current} fullView={fullView} label="Chapters, at the end" />
      {showsLastChapter && <EndNotes notes={work.notesEnd} id={WORK_END_NOTES_ID} />}
      <WorkFeedback page={page} chapterId={fullView || !current ? null : current.id} viewer={viewer} actions={actions} />
    </div>
  );
}
