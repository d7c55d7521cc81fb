/**
 * What the page does inside a feed: choose, add, duplicate, delete (with
 * "Rückgängig") and move records; step through the guided start; undo and
 * redo; and take the partner to the field a problem is about.
 */
import { RECORD_SPECS, recordSpec, type RecordListName } from '../../src/authoring/feed-fields.js';
import type { FeedPath } from '../../src/authoring/field-path.js';
import type { AppCore, Section } from './app-state.js';
import { fieldId } from './form-context.js';
import { GUIDE_STEPS, enterStep, leaveStep, type GuideActions } from './guide.js';
import { recordsOf, valueAt } from './feed-values.js';
import { addRecord, deleteRecord, duplicateRecord, moveRecord } from './record-ops.js';
import { recordButtonId, recordLabel, RECORD_HEADING, type RecordActions } from './record-section.js';

export interface EditActions extends RecordActions, GuideActions {
  section(section: Section): void;
  undo(): void;
  redo(): void;
  /** Shows the field of `path` and focuses it. */
  show(path: FeedPath): void;
}

const isList = (step: unknown): step is RecordListName => RECORD_SPECS.some((r) => r.list === step);

export function editActions(core: AppCore): EditActions {
  const { doc, ui } = core;
  const name = (list: RecordListName, index: number): string => recordLabel(core.context(), valueAt(doc.json, [list, index]));

  const showRecord = (list: RecordListName, index: number, focus: string): void => {
    ui.view = 'edit';
    ui.section = list;
    ui.selected[list] = index;
    core.focus(focus);
    core.update();
  };

  return {
    section(section) {
      ui.view = 'edit';
      ui.section = section;
      core.focus('section-heading');
      core.update();
    },
    select: (list, index) => showRecord(list, index, RECORD_HEADING),
    add(list) {
      const index = addRecord(doc, list);
      if (index < 0) core.say({ text: core.texts.p('record.list-broken', { label: recordSpec(list).label[core.texts.lang] }) });
      else showRecord(list, index, fieldId([list, index, 'name']));
    },
    duplicate(list, index) {
      const text = core.texts.p('record.duplicated', { name: name(list, index) });
      const copy = duplicateRecord(doc, list, index);
      core.say({ text });
      showRecord(list, copy, RECORD_HEADING);
    },
    remove(list, index) {
      const text = core.texts.p('record.deleted', { name: name(list, index) });
      deleteRecord(doc, list, index);
      core.say({
        text,
        undo: () => {
          doc.undo();
          showRecord(list, index, RECORD_HEADING);
        },
      });
      const left = recordsOf(doc.json, list).length;
      const next = Math.min(index, left - 1);
      showRecord(list, Math.max(0, next), next >= 0 ? recordButtonId(list, next) : `add-${list}`);
    },
    move(list, index, by) {
      const to = moveRecord(doc, list, index, by);
      const last = recordsOf(doc.json, list).length - 1;
      core.say({ text: core.texts.p(by < 0 ? 'record.moved-up' : 'record.moved-down', { name: name(list, to), position: to + 1 }) });
      // Focus stays on the button pressed while it can be pressed again.
      const again = by < 0 ? to > 0 : to < last;
      showRecord(list, to, again ? (by < 0 ? 'record-up' : 'record-down') : RECORD_HEADING);
    },
    step(step) {
      if (step < 0 || step >= GUIDE_STEPS.length) return;
      leaveStep(core.context(), ui.step);
      ui.step = step;
      enterStep(core.context(), step);
      core.focus('guide-heading');
      core.update();
    },
    finish() {
      leaveStep(core.context(), ui.step);
      ui.view = 'edit';
      ui.section = 'offers';
      core.say({ text: core.texts.p('guide.done') });
      core.focus('section-heading');
      core.update();
    },
    undo() {
      if (doc.undo()) core.say({ text: core.texts.p('undone') });
    },
    redo() {
      if (doc.redo()) core.say({ text: core.texts.p('redone') });
    },
    show(path) {
      const [list, index] = path;
      ui.view = 'edit';
      if (path.length === 0) ui.section = 'raw';
      else if (isList(list) && typeof index === 'number') {
        ui.section = list;
        ui.selected[list] = index;
      } else if (isList(list)) ui.section = list;
      else ui.section = 'feed';
      core.update();
      const target = findTarget(core.win.document, path);
      if (!target) return;
      for (let details = target.closest('details'); details; details = details.parentElement?.closest('details') ?? null) details.open = true;
      target.focus();
    },
  };
}

/** The control of `path`, or of the nearest path above it that has one. */
function findTarget(doc: Document, path: FeedPath): HTMLElement | null {
  if (path.length === 0) return doc.getElementById('raw-text');
  for (let n = path.length; n > 0; n--) {
    const found = doc.getElementById(fieldId(path.slice(0, n)));
    if (found) return found;
    if (n === 2 && isList(path[0])) return doc.getElementById(RECORD_HEADING);
  }
  return doc.getElementById('section-heading');
}
