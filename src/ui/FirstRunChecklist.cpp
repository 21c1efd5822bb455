#include "FirstRunChecklist.h"

#include "ui_FirstRunChecklist.h"

#include "CooperativeSettings.h"
#include "RecordCounts.h"

#include <QCryptographicHash>
#include <QSettings>

namespace bilan {

namespace {

// Cheap: four counts. Changes made on any page of this desk show within this time.
constexpr int RefreshMs = 1500;

bool hasAny(Database& db, RecordCounts::Record record)
{
    auto count = RecordCounts(db).count(record);
    return count && *count > 0;
}

} // namespace

FirstRunChecklist::FirstRunChecklist(Database& database, QWidget* parent)
    : QFrame(parent), m_db(database), m_ui(std::make_unique<Ui::FirstRunChecklist>())
{
    m_ui->setupUi(this);
    // Ticks say what the database holds; a click does not change that.
    for (QCheckBox* check :
         {m_ui->cooperativeCheck, m_ui->organisationsCheck, m_ui->expertsCheck, m_ui->boardCheck})
        check->setAttribute(Qt::WA_TransparentForMouseEvents);
    const QList<QPair<QPushButton*, Step>> buttons{{m_ui->cooperativeButton, Step::Cooperative},
                                                   {m_ui->organisationsButton, Step::Organisations},
                                                   {m_ui->expertsButton, Step::Experts},
                                                   {m_ui->boardButton, Step::Board}};
    for (const auto& [button, step] : buttons)
        connect(button, &QPushButton::clicked, this,
                [this, step = step] { emit stepRequested(step); });
    connect(m_ui->importButton, &QPushButton::clicked, this, &FirstRunChecklist::importRequested);
    connect(m_ui->dismissButton, &QPushButton::clicked, this, &FirstRunChecklist::dismiss);
    connect(&m_timer, &QTimer::timeout, this, &FirstRunChecklist::refresh);
    refresh();
}

FirstRunChecklist::~FirstRunChecklist() = default;

bool FirstRunChecklist::isDone(Step step) const
{
    switch (step) {
    case Step::Cooperative:
        return m_ui->cooperativeCheck->isChecked();
    case Step::Organisations:
        return m_ui->organisationsCheck->isChecked();
    case Step::Experts:
        return m_ui->expertsCheck->isChecked();
    case Step::Board:
        break;
    }
    return m_ui->boardCheck->isChecked();
}

bool FirstRunChecklist::allDone() const
{
    return isDone(Step::Cooperative) && isDone(Step::Organisations) && isDone(Step::Experts) &&
           isDone(Step::Board);
}

bool FirstRunChecklist::isWanted() const
{
    return !allDone() && !QSettings().value(dismissedKey()).toBool();
}

void FirstRunChecklist::dismiss()
{
    QSettings().setValue(dismissedKey(), true);
    refresh();
}

void FirstRunChecklist::refresh()
{
    auto cooperative = CooperativeSettings(m_db).load();
    m_ui->cooperativeCheck->setChecked(cooperative && !cooperative->name.trimmed().isEmpty());
    m_ui->organisationsCheck->setChecked(hasAny(m_db, RecordCounts::Record::Organisations));
    m_ui->expertsCheck->setChecked(hasAny(m_db, RecordCounts::Record::Experts));
    m_ui->boardCheck->setChecked(hasAny(m_db, RecordCounts::Record::BoardMandates));
    const bool wanted = isWanted();
    if (!wanted) {
        hide();
        m_timer.stop();
        return;
    }
    // Shown only inside its window: a widget without a parent would open a window of its own.
    if (parentWidget())
        show();
    if (!m_timer.isActive())
        m_timer.start(RefreshMs);
}

QString FirstRunChecklist::dismissedKey() const
{
    // Per database, as LastExpertMemory keeps its expert: a path hashed into a valid key.
    const QByteArray hash =
        QCryptographicHash::hash(m_db.path().toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("firstRun/dismissed/") + QString::fromLatin1(hash);
}

} // namespace bilan
