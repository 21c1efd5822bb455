#pragma once

#include "Meeting.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QTextDocument;

namespace bilan {

// One resolution in the register: the meeting it was put to and what became of it. Labels come
// already translated.
struct ResolutionRegisterRow
{
    QDate meetingDate;
    QString meetingKind;
    QString number;
    QString text;
    QString outcome;
    std::optional<ResolutionVotes> votes;
};

// What the register of a fiscal year's resolutions shows: plain values, as the minutes'.
struct ResolutionRegisterInput
{
    QString organisationName;
    // "2024-2025"
    QString fiscalYear;
    QList<ResolutionRegisterRow> rows;
};

// The register of resolutions the secretary keeps for the year: every resolution of every
// meeting, in the order they were taken (meeting date; two meetings on one day in the order
// the rows name them first; then the number as a person counts: 2 before 10), with its
// outcome and the votes when they were counted.
class ResolutionRegister
{
    Q_DECLARE_TR_FUNCTIONS(bilan::ResolutionRegister)

public:
    static std::unique_ptr<QTextDocument> document(const ResolutionRegisterInput& input);
    // The rows in the register's order.
    static QList<ResolutionRegisterRow> ordered(QList<ResolutionRegisterRow> rows);
    // "Register of resolutions 2024-2025", for a window title or a file name.
    static QString heading(const ResolutionRegisterInput& input);
};

} // namespace bilan
