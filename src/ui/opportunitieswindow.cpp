#include "opportunitieswindow.h"
#include "ui_opportunitieswindow.h"

#include "dialogparts.h"
#include "employeeadminservice.h"
#include "opportunitydialog.h"
#include "opportunityservice.h"
#include "recordtable.h"
#include "session.h"

#include <QLocale>
#include <QPushButton>
#include <QTimer>

OpportunitiesWindow::OpportunitiesWindow(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OpportunitiesWindow>())
    , m_session(session)
    , m_zone(QTimeZone::systemTimeZone())
    , m_debounce(new QTimer(this))
{
    m_ui->setupUi(this);
    // The Read lane answers in order: the zone is known before the first list arrives.
    EmployeeAdminService(m_session).timeZoneOf(m_session->employee().id, this, [this](Result<QString> zone) {
        if (zone && !zone->isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone->toUtf8()))
            m_zone = QTimeZone(zone->toUtf8());
    });
    RecordTable::setUp(m_ui->table,
                       {tr("Name"), tr("Company"), tr("Contact"), tr("Owner"), tr("Created"), tr("Source lead")});
    DialogParts::nameButtons(m_ui->buttonBox);
    m_ui->openButton->setAutoDefault(false);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &OpportunitiesWindow::reload);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_ui->table, &QTableWidget::cellActivated, this, &OpportunitiesWindow::openSelected);
    connect(m_ui->openButton, &QPushButton::clicked, this, &OpportunitiesWindow::openSelected);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

OpportunitiesWindow::~OpportunitiesWindow() = default;

QTableWidget *OpportunitiesWindow::table() const
{
    return m_ui->table;
}

QString OpportunitiesWindow::countText() const
{
    return m_ui->countLabel->text();
}

void OpportunitiesWindow::setSearchText(const QString &text)
{
    m_ui->searchEdit->setText(text);
    m_debounce->stop();
    reload();
}

qint64 OpportunitiesWindow::opportunityIdAt(int row) const
{
    return RecordTable::idAt(m_ui->table, row);
}

void OpportunitiesWindow::reload()
{
    const int generation = ++m_generation;
    OpportunityService(m_session).search(m_ui->searchEdit->text(), PageSize, this,
                                         [this, generation](Result<OpportunityPage> page) {
                                             if (generation != m_generation)
                                                 return;
                                             fill(page ? page->rows : QList<Opportunity>(), page ? page->total : 0);
                                             if (!page)
                                                 m_ui->countLabel->setText(page.error());
                                             Q_EMIT reloaded();
                                         });
}

void OpportunitiesWindow::fill(const QList<Opportunity> &list, qint64 total)
{
    const QLocale locale;
    m_ui->table->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const Opportunity &o = list.at(row);
        RecordTable::setRow(m_ui->table, row,
                            {o.name, o.companyName, o.contactName, o.ownerName,
                             locale.toString(o.createdAt.toTimeZone(m_zone), QStringLiteral("yyyy-MM-dd HH:mm")),
                             tr("%1 (#%2)").arg(o.leadName).arg(o.leadId)},
                            o.id);
    }
    m_ui->table->resizeColumnsToContents();
    if (list.size() < total)
        m_ui->countLabel->setText(tr("Showing the newest %1 of %2 opportunities; search to narrow.")
                                      .arg(locale.toString(list.size()), locale.toString(total)));
    else
        m_ui->countLabel->setText(tr("%1 opportunities").arg(locale.toString(total)));
    if (!list.isEmpty() && m_ui->table->currentRow() < 0)
        m_ui->table->setCurrentCell(0, 0);
}

void OpportunitiesWindow::openSelected()
{
    const qint64 id = opportunityIdAt(m_ui->table->currentRow());
    if (id <= 0)
        return;
    OpportunityDialog dialog(m_session, id, m_zone, this);
    connect(&dialog, &OpportunityDialog::openLeadRequested, this, [this, &dialog](qint64 leadId) {
        dialog.accept();
        Q_EMIT openLeadRequested(leadId);
    });
    dialog.exec();
}
