#include "CooperativeSettings.h"

#include "SettingsRepository.h"
#include "SqlSupport.h"
#include "Validation.h"

#include <QRegularExpression>

namespace bilan {

namespace {

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

// Never NULL (the column is NOT NULL): a line left blank is stored empty.
QString line(const QString& typed)
{
    const QString trimmed = typed.trimmed();
    return trimmed.isNull() ? QStringLiteral("") : trimmed;
}

} // namespace

Result<Cooperative> CooperativeSettings::load()
{
    SettingsRepository settings(m_db);
    Cooperative cooperative;
    const QList<QPair<const char*, QString*>> lines{
        {SettingsRepository::OrganisationNameKey, &cooperative.name},
        {AddressKey, &cooperative.address},
        {PhoneKey, &cooperative.phone},
        {EmailKey, &cooperative.email},
        {WebsiteKey, &cooperative.website},
        {GeneralManagerKey, &cooperative.generalManager},
        {GeneralManagerTitleKey, &cooperative.generalManagerTitle},
    };
    for (const auto& [name, target] : lines) {
        auto stored = settings.value(key(name));
        if (!stored)
            return stored.error();
        *target = *stored;
    }
    auto month = settings.fiscalStartMonth();
    if (!month)
        return month.error();
    cooperative.fiscalStartMonth = *month;
    return cooperative;
}

Status CooperativeSettings::check(const Cooperative& cooperative)
{
    if (cooperative.name.trimmed().isEmpty())
        return fail(tr("the cooperative's name is required"), QStringLiteral("name"));
    if (auto valid = Validation::oneLineTexts(
            {{cooperative.name, QStringLiteral("name")},
             {cooperative.phone, QStringLiteral("phone")},
             {cooperative.email, QStringLiteral("email")},
             {cooperative.website, QStringLiteral("website")},
             {cooperative.generalManager, QStringLiteral("general_manager")},
             {cooperative.generalManagerTitle, QStringLiteral("general_manager_title")}});
        !valid)
        return valid;
    if (auto valid = Validation::multiLineText(cooperative.address, QStringLiteral("address"));
        !valid)
        return valid;
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (const QString typed = cooperative.email.trimmed();
        !typed.isEmpty() && !email.match(typed).hasMatch())
        return fail(tr("\"%1\" is not an email address (name@example.org)").arg(typed),
                    QStringLiteral("email"));
    if (cooperative.fiscalStartMonth < 1 || cooperative.fiscalStartMonth > 12)
        return fail(tr("%1 is not a month (1 to 12)").arg(cooperative.fiscalStartMonth),
                    QStringLiteral("fiscal_start_month"));
    return {};
}

Status CooperativeSettings::save(const Cooperative& cooperative)
{
    if (auto valid = check(cooperative); !valid)
        return valid;
    SettingsRepository settings(m_db);
    return sql::inTransaction(m_db, [&]() -> Status {
        auto month = settings.fiscalStartMonth();
        if (!month)
            return month.error();
        if (*month != cooperative.fiscalStartMonth) {
            auto closed = settings.closedYears();
            if (!closed)
                return closed.error();
            QStringList names;
            for (const FiscalYear& year : *closed)
                names << year.name();
            if (!names.isEmpty())
                return fail(tr("the fiscal year's first month cannot change while years are "
                               "closed (%1): their dates would move. Reopen them first on the "
                               "Finances page")
                                .arg(names.join(QStringLiteral(", "))),
                            QStringLiteral("fiscal_start_month"));
            if (auto changed = settings.setFiscalStartMonth(cooperative.fiscalStartMonth); !changed)
                return changed;
        }
        const QList<QPair<const char*, QString>> lines{
            {SettingsRepository::OrganisationNameKey, line(cooperative.name)},
            {AddressKey, line(cooperative.address)},
            {PhoneKey, line(cooperative.phone)},
            {EmailKey, line(cooperative.email)},
            {WebsiteKey, line(cooperative.website)},
            {GeneralManagerKey, line(cooperative.generalManager)},
            {GeneralManagerTitleKey, line(cooperative.generalManagerTitle)},
        };
        for (const auto& [name, value] : lines) {
            if (auto stored = settings.setValue(key(name), value); !stored)
                return stored;
        }
        return {};
    });
}

} // namespace bilan
