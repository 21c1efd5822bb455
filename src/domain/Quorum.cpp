#include "Quorum.h"

#include <algorithm>

namespace bilan {

namespace {

const QString MoreThanHalfText = QStringLiteral("more_than_half");
const QString AtLeastPrefix = QStringLiteral("at_least:");

} // namespace

int Quorum::required(const QuorumRule& rule, int inOffice)
{
    switch (rule.kind) {
    case QuorumRule::Kind::AtLeast:
        return std::max(rule.minimum, 1);
    case QuorumRule::Kind::MoreThanHalf:
        break;
    }
    return std::max(inOffice, 0) / 2 + 1;
}

bool Quorum::reached(const QuorumRule& rule, int present, int inOffice)
{
    return present >= required(rule, inOffice);
}

QString Quorum::toText(const QuorumRule& rule)
{
    if (rule.kind == QuorumRule::Kind::AtLeast)
        return AtLeastPrefix + QString::number(rule.minimum);
    return MoreThanHalfText;
}

std::optional<QuorumRule> Quorum::fromText(QStringView text)
{
    const QString clean = text.trimmed().toString().toLower();
    if (clean == MoreThanHalfText)
        return QuorumRule{};
    if (!clean.startsWith(AtLeastPrefix))
        return std::nullopt;
    bool ok = false;
    const int minimum = clean.mid(AtLeastPrefix.size()).toInt(&ok);
    if (!ok || minimum < 1)
        return std::nullopt;
    return QuorumRule{QuorumRule::Kind::AtLeast, minimum};
}

QString Quorum::describe(const QuorumRule& rule)
{
    if (rule.kind == QuorumRule::Kind::AtLeast)
        return tr("at least %n director(s) present", nullptr, std::max(rule.minimum, 1));
    return tr("more than half of the directors in office present");
}

} // namespace bilan
