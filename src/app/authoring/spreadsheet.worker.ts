import { serveCheck } from '../input/check-in-worker';
import { answerSpreadsheet } from './spreadsheet-request';

/**
 * The worker's side of the spreadsheet import: a file in, a draft or its problems out; or the
 * XLSX template written. exceljs is loaded here, and only here.
 */
serveCheck(answerSpreadsheet);
