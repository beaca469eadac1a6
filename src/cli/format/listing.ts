import { csvRecord } from './csv.ts';
import { type JsonObject, jsonText } from './json.ts';
import type { Format, Output } from './output.ts';
import { renderTable, type TableColumn } from './table.ts';

export interface CsvColumn<R> {
  name: string;
  value: (row: R) => string | null;
}

/** How one kind of row looks in every format. */
export interface Listing<R> {
  /** json and ndjson: stable field names. */
  record: (row: R) => JsonObject;
  /** csv: the record flattened, one column per field. */
  csv: readonly CsvColumn<R>[];
  /** table: the columns for these rows (some only appear when a row needs them). */
  table: (rows: readonly R[]) => readonly TableColumn<R>[];
}

export interface ListingWriter<R> {
  add(rows: readonly R[]): Promise<void>;
  end(): Promise<void>;
}

/**
 * json, ndjson and csv stream row by row; a table needs every row for its
 * column widths, so it is written at the end.
 */
export function listingWriter<R>(
  format: Format,
  listing: Listing<R>,
  output: Output,
  options: { color: boolean },
): ListingWriter<R> {
  switch (format) {
    case 'json': {
      let first = true;
      return {
        async add(rows) {
          for (const row of rows) {
            await output.write(`${first ? '[\n' : ',\n'}${jsonText(listing.record(row))}`);
            first = false;
          }
        },
        end: () => output.write(first ? '[]\n' : '\n]\n'),
      };
    }
    case 'ndjson':
      return {
        add: (rows) => output.write(rows.map((row) => `${jsonText(listing.record(row))}\n`).join('')),
        end: async () => {},
      };
    case 'csv': {
      let headerDone = false;
      const header = () => {
        if (headerDone) return '';
        headerDone = true;
        return csvRecord(listing.csv.map((column) => column.name));
      };
      return {
        add: (rows) =>
          output.write(header() + rows.map((row) => csvRecord(listing.csv.map((column) => column.value(row)))).join('')),
        end: () => output.write(header()),
      };
    }
    case 'table': {
      const buffered: R[] = [];
      return {
        add: async (rows) => {
          buffered.push(...rows);
        },
        end: () => output.write(renderTable(listing.table(buffered), buffered, options)),
      };
    }
    default:
      return format satisfies never;
  }
}
