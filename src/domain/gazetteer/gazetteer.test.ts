import { describe, expect, it } from 'vitest';
import { gazetteerPlaces, namesOf, placeById, placeEquivalences } from './gazetteer.js';
import { GAZETTEER_SOURCES } from './places.js';

const ARMENIAN = /^[\u0531-\u058F -]+$/u;
const CYRILLIC = /[\u0400-\u04FF]/u;

describe('the gazetteer', () => {
  const places = gazetteerPlaces();

  it('gives each place a stable kebab-case id of its own', () => {
    const ids = places.map((place) => place.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(placeById('stepanakert')?.names.az).toContain('Xankəndi');
  });

  it('names every place in Armenian script, Azerbaijani Latin, Russian Cyrillic and English', () => {
    for (const place of places) {
      expect(place.names.hy.length, place.id).toBeGreaterThan(0);
      expect(place.names.az.length, place.id).toBeGreaterThan(0);
      expect(place.names.ru.length, place.id).toBeGreaterThan(0);
      expect(place.names.en.length, place.id).toBeGreaterThan(0);
      for (const name of place.names.hy) expect(name, place.id).toMatch(ARMENIAN);
      for (const name of place.names.ru) expect(name, place.id).toMatch(CYRILLIC);
    }
  });

  it('gives both sides’ names where they differ, in Russian too', () => {
    const expectBoth = (id: string, armenianSide: string, azerbaijaniSide: string, russian: string[]) => {
      const place = placeById(id)!;
      expect(namesOf(place)).toEqual(expect.arrayContaining([armenianSide, azerbaijaniSide, ...russian]));
    };
    expectBoth('stepanakert', 'Stepanakert', 'Xankəndi', ['Степанакерт', 'Ханкенди']);
    expectBoth('shusha', 'Shushi', 'Şuşa', ['Шуша', 'Шуши']);
    expectBoth('martakert', 'Martakert', 'Ağdərə', ['Мартакерт', 'Агдере']);
    expectBoth('martuni', 'Martuni', 'Xocavənd', ['Мартуни', 'Ходжавенд']);
    expectBoth('karvachar', 'Karvachar', 'Kəlbəcər', ['Карвачар', 'Кельбаджар']);
    expectBoth('lachin', 'Berdzor', 'Laçın', ['Бердзор', 'Лачин']);
    expectBoth('vardenis', 'Vardenis', 'Basarkeçər', ['Варденис', 'Басаргечар']);
    expectBoth('hadrut', 'Hadrut', 'Hadrut', ['Гадрут']);
  });

  it('places everything in the South Caucasus, with a source for each', () => {
    for (const place of places) {
      expect(place.coordinates.lat, place.id).toBeGreaterThan(38.5);
      expect(place.coordinates.lat, place.id).toBeLessThan(41.5);
      expect(place.coordinates.lon, place.id).toBeGreaterThan(43.5);
      expect(place.coordinates.lon, place.id).toBeLessThan(50.5);
      expect(place.sources.length, place.id).toBeGreaterThan(0);
      for (const source of place.sources) expect(Object.keys(GAZETTEER_SOURCES), place.id).toContain(source);
    }
    expect(places.some((place) => place.kind === 'checkpoint')).toBe(true);
  });

  it('hands the engine one list of names per place, the same list every time', () => {
    const equivalences = placeEquivalences();
    expect(equivalences).toBe(placeEquivalences());
    expect(equivalences).toHaveLength(places.length);
    expect(equivalences[places.findIndex((place) => place.id === 'stepanakert')]).toEqual(
      expect.arrayContaining(['Ստեփանակերտ', 'Xankəndi', 'Ханкенди', 'Stepanakert']),
    );
  });
});
