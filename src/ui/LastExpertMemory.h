#pragma once

#include "Expert.h"

#include <QList>
#include <QString>

namespace bilan {

class Database;

// The expert last chosen on the Hours page, remembered in QSettings for each database apart
// (the same id names different people in two files). It is only offered back when the id
// still names the same person: a name that changed or an id that is gone means "not sure".
class LastExpertMemory
{
public:
    explicit LastExpertMemory(const Database& database);

    void remember(const Expert& expert) const;
    // The expert to preselect among `experts` on `day`: the remembered one when sure and still
    // active; else, when nothing is remembered for this database, the first active one; 0 when
    // the remembered id is gone or now names someone else (the chooser then asks).
    qint64 choose(const QList<Expert>& experts, QDate day) const;

private:
    QString m_key;
};

} // namespace bilan
