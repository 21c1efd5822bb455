#include "ImportProblemModel.h"

#include "VisibleText.h"

namespace bilan {

ImportProblemModel::ImportProblemModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportProblemModel::setProblems(const QList<ImportProblem>& problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

int ImportProblemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_problems.size());
}

int ImportProblemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportProblem& problem = m_problems.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::TextAlignmentRole && column == Line)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    // The raw line number, so that a proxy sorts 9 before 10.
    if (role == Qt::UserRole && column == Line)
        return problem.line;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Line:
        // Line 0 is the file as a whole (unreadable, not UTF-8, a database error).
        return problem.line > 0 ? QString::number(problem.line) : tr("file");
    // The file's own text, quoted in a message, may hold invisible or control characters.
    case ColumnName:
        return VisibleText::of(problem.column);
    case Message:
        return VisibleText::of(problem.message);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Over the right-aligned line numbers.
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section == Line)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Line:
        return tr("Line");
    case ColumnName:
        return tr("Column");
    case Message:
        return tr("Problem");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace bilan
