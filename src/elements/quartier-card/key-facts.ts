/**
 * The card's key facts, under its title: Träger (the partners whose role is
 * `lead`), Laufzeit, Ort (municipality and quarter) and the next date of an
 * offer, each only when the feed gives it — a sparse feed shows fewer
 * facts, never an empty label.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { projectOffers, projectPartners } from '../../feed/query.js';
import { localNow, type LocalNow, type Occurrence } from '../../feed/schedule.js';
import type { Feed, Offer, Project } from '../../feed/types.js';
import { describeOccurrence, nextDate } from '../shared/offer-times.js';
import { join } from './join.js';
import { present } from '../shared/seq.js';
import { childList } from '../shared/child-list.js';
import { periodWords } from './period.js';
import type { CardRender } from './quartier-card.view.js';

type Card = Pick<CardRender, 'feed' | 't' | 'txt' | 'str'>;

/**
 * The offer of `offers` that takes place next, with that date. Each offer's
 * next date is the one its line in the card's list shows (`nextDate`, found
 * once per offer and minute).
 */
export function nextOffer(offers: readonly Offer[], now: LocalNow = localNow()): { offer: Offer; date: Occurrence } | undefined {
  let soonest: { offer: Offer; date: Occurrence } | undefined;
  for (const offer of offers) {
    const date = nextDate(offer, now);
    if (date && (!soonest || `${date.date}T${date.opens ?? ''}` < `${soonest.date.date}T${soonest.date.opens ?? ''}`)) soonest = { offer, date };
  }
  return soonest;
}

type Next = ReturnType<typeof nextOffer>;

/**
 * The next offer of each project of each feed, for the minute it was found
 * in: a card redrawn (a section opened, an entry picked) does not search
 * thousands of offers again.
 */
const nextOffers = new WeakMap<Feed, WeakMap<Project, { readonly minute: string; readonly next: Next }>>();

function projectNextOffer(c: Card, p: Project): Next {
  const now = localNow();
  const minute = `${now.date}T${now.time}`;
  let known = nextOffers.get(c.feed);
  if (!known) nextOffers.set(c.feed, (known = new WeakMap()));
  const found = known.get(p);
  if (found?.minute === minute) return found.next;
  const next = nextOffer(projectOffers(c.feed, p), now);
  known.set(p, { minute, next });
  return next;
}

/** A fact's label and value; a plain string as the `<dd>`'s text, anything else through a binding. */
const fact = (label: string, value: unknown): TemplateResult =>
  typeof value === 'string' ? html`<dt .textContent=${label}></dt><dd .textContent=${value}></dd>` : html`<dt .textContent=${label}></dt><dd>${value}</dd>`;

/** The key facts as a `<dl>`, or nothing when the feed has none of them. */
export function renderKeyFacts(c: Card, p: Project): TemplateResult | typeof nothing {
  const { t } = c;
  const leads = projectPartners(c.feed, p).filter((e) => e.role === 'lead');
  const next = projectNextOffer(c, p);
  const facts: [string, unknown][] = [
    [
      t('role.lead'),
      leads.length
        ? join(
            leads.map((e) => c.txt(e.organization.name)),
            t('text.separator'),
          )
        : nothing,
    ],
    [t('card.period'), periodWords(p.period, t)],
    [t('card.facts.place'), join([p.municipality && c.str(p.municipality.name), c.txt(p.quarter?.name)], ' · ')],
    [t('card.facts.next'), next ? join([c.txt(next.offer.name), describeOccurrence(next.date, t)], ' · ') : nothing],
  ];
  const shown = facts.filter(([, value]) => present(value) && !(Array.isArray(value) && !value.length));
  return shown.length
    ? html`<dl class="facts" part="facts" ${childList(
        shown.map(([label, value]) => ({ content: fact(label, value) })),
        'div',
      )}></dl>`
    : nothing;
}
