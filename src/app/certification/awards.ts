export { getAward, listAwards } from '../../storage/certification';
