import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** In the browser the map's shapes come from the app's own origin; in node, from disk. */
const provinceShapes = http.get('*/geo/vn-provinces.topo.json', () =>
  HttpResponse.json(
    JSON.parse(readFileSync(resolve(process.cwd(), 'public/geo/vn-provinces.topo.json'), 'utf8')),
  ),
);

export const server = setupServer(...handlers, provinceShapes);
