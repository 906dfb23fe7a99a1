import { useTranslation } from 'react-i18next';
import type { OrganisationListsPreview } from '../../app/organisation-lists/organisation-lists';

/** What an organisation's file adds, counted per behaviour and per helper list, before it is used. */
export function ListsPreview({ preview }: { preview: OrganisationListsPreview }) {
  const { t } = useTranslation();
  return (
    <>
      <h3>
        {t('organisationLists.previewTitle', { id: preview.id, orgVersion: preview.version })}
      </h3>
      {preview.behaviours.length > 0 ? (
        <div className="table-scroll">
          <table className="org-lists-table">
            <thead>
              <tr>
                <th scope="col">{t('organisationLists.behaviourColumn')}</th>
                <th scope="col">{t('organisationLists.patternsColumn')}</th>
                <th scope="col">{t('organisationLists.avoidColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.behaviours.map((b) => (
                <tr key={b.behaviour}>
                  <th scope="row">{t(`author.behaviour.${b.behaviour}`)}</th>
                  <td>{b.patterns}</td>
                  <td>{b.avoid}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('organisationLists.noBehaviours')}</p>
      )}
      {preview.lists.length > 0 && (
        <p>
          {t('organisationLists.helperLists')}{' '}
          {preview.lists
            .map((l) =>
              t('organisationLists.listCount', {
                list: t(`organisationLists.list.${l.list}`),
                count: l.patterns,
              }),
            )
            .join(t('library.listSeparator'))}
        </p>
      )}
      {preview.blocks > 0 && <p>{t('organisationLists.blocks', { count: preview.blocks })}</p>}
      <p>{t('organisationLists.recordedAs', { version: preview.listsVersion })}</p>
    </>
  );
}
