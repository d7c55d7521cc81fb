// The view state of <offer-map> on its own, without an element or any DOM:
// the model is made once per key, the results and the map's data once per
// change of chips or search (the same objects until then), chips the model
// lacks are let go, and an offer's place is found through the model.
import { expect } from '@open-wc/testing';
import { buildModel, type MapModel } from '../../src/elements/offer-map/map-model.js';
import { MapViewState } from '../../src/elements/offer-map/map-view-state.js';
import type { OfferCategory } from '../../src/feed/types.js';
import { validateFeed } from '../../src/feed/validate.js';

const { feed } = validateFeed({
  version: '1',
  language: 'de',
  projects: [{ id: 'p', name: 'Testprojekt' }],
  places: [
    { id: 'a', name: 'Treffpunkt Nord', project: 'p', geo: { lat: 52.1, lng: 10.3 } },
    { id: 'b', name: 'Beratung Süd', project: 'p', geo: { lat: 52.0, lng: 10.2 } },
    { id: 'c', name: 'Ohne Koordinaten', project: 'p' },
  ],
  offers: [
    { id: 'o1', name: 'Frühstück', project: 'p', place: 'a', category: 'meeting' },
    { id: 'o2', name: 'Sozialberatung', project: 'p', place: 'b', category: 'counselling' },
    { id: 'o3', name: 'Sprechstunde', project: 'p', place: 'c', category: 'counselling' },
    { id: 'o4', name: 'Telefonberatung', project: 'p', category: 'counselling' },
  ],
});

const model =
  (categories: OfferCategory[] = []): (() => MapModel) =>
  () =>
    buildModel(feed, undefined, new Set(categories), (c) => c);

describe('MapViewState (no DOM)', () => {
  it('makes the model once per key, and again when a part of the key changes', () => {
    const state = new MapViewState();
    let built = 0;
    const build = (): MapModel => (built++, model()());
    const first = state.modelFor([feed, '', '', 'de'], build);
    expect(state.modelFor([feed, '', '', 'de'], build)).to.equal(first);
    expect(built).to.equal(1);
    expect(state.modelFor([feed, '', 'counselling', 'de'], build)).not.to.equal(first);
    expect(built).to.equal(2);
    expect(state.feedLang).to.equal('de');
  });

  it('narrows by chips and search, keeps the same results and map data until they change, and resets', () => {
    const state = new MapViewState();
    expect(state.results).to.equal(undefined);
    expect(state.mapData).to.equal(undefined);
    state.modelFor(['all'], model());
    const all = state.results!;
    expect(all.entries.map((e) => e.id)).to.deep.equal(['a', 'b', 'c', '']);
    expect(state.results).to.equal(all);
    const data = state.mapData!;
    expect(data.points.map((p) => p.id)).to.deep.equal(['a', 'b']);
    expect(state.mapData).to.equal(data);

    state.toggleChip('counselling');
    const narrowed = state.results!;
    expect(narrowed).not.to.equal(all);
    expect(narrowed.entries.map((e) => e.id)).to.deep.equal(['b', 'c', '']);
    expect(state.mapData!.points.map((p) => p.id)).to.deep.equal(['b']);
    expect([...state.mapData!.located.keys()]).to.deep.equal(['b']);

    state.search('sozial');
    expect(state.results!.entries.map((e) => e.id)).to.deep.equal(['b']);
    state.resetFilters();
    expect(state.chips.size).to.equal(0);
    expect(state.query).to.equal('');
    expect(state.results!.entries.length).to.equal(4);
  });

  it('lets go of chips the new model has no offers for', () => {
    const state = new MapViewState();
    state.modelFor(['all'], model());
    state.toggleChip('meeting');
    state.toggleChip('counselling');
    state.modelFor(['counselling only'], model(['counselling']));
    expect([...state.chips]).to.deep.equal(['counselling']);
  });

  it("finds a selection's place: a place's own id, an offer's place, none for an offer without one", () => {
    const state = new MapViewState();
    state.modelFor(['all'], model());
    expect(state.placeOf(undefined)).to.equal(undefined);
    expect(state.placeOf({ type: 'place', id: 'b' })).to.equal('b');
    expect(state.placeOf({ type: 'offer', id: 'o1' })).to.equal('a');
    expect(state.placeOf({ type: 'offer', id: 'o4' })).to.equal('');
    expect(state.placeOf({ type: 'offer', id: 'gibt-es-nicht' })).to.equal(undefined);
  });
});
