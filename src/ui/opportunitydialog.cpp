#include "opportunitydialog.h"
#include "ui_opportunitydialog.h"

#include "dialogparts.h"
#include "opportunityservice.h"

#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

OpportunityDialog::OpportunityDialog(Session *session, qint64 opportunityId, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::OpportunityDialog>()), m_zone(zone)
{
    m_ui->setupUi(this);
    m_ui->openLeadButton->setAutoDefault(false);
    m_ui->openLeadButton->setEnabled(false);   // until the opportunity arrived
    DialogParts::nameButtons(m_ui->buttonBox);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    DialogParts::confirmWithKeyboard(this, m_ui->buttonBox);
    connect(m_ui->openLeadButton, &QPushButton::clicked, this, [this] { Q_EMIT openLeadRequested(m_leadId); });
    OpportunityService(session).find(opportunityId, this, [this](Result<Opportunity> o) {
        if (o)
            showOpportunity(*o);
        else
            m_ui->nameValue->setText(o.error());
        Q_EMIT loaded();
    });
}

OpportunityDialog::~OpportunityDialog() = default;

void OpportunityDialog::showOpportunity(const Opportunity &o)
{
    m_leadId = o.leadId;
    setWindowTitle(tr("Opportunity: %1").arg(o.name));
    m_ui->nameValue->setText(o.name);
    m_ui->companyValue->setText(o.companyName);
    m_ui->contactValue->setText(o.contactName);
    m_ui->ownerValue->setText(o.ownerName);
    m_ui->createdValue->setText(QLocale().toString(o.createdAt.toTimeZone(m_zone), QStringLiteral("yyyy-MM-dd HH:mm")));
    m_ui->createdByValue->setText(o.createdByName);
    m_ui->leadValue->setText(tr("%1 (#%2)").arg(o.leadName).arg(o.leadId));
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setCursorPosition(0);
    m_ui->openLeadButton->setEnabled(true);
}

QString OpportunityDialog::value(const QString &label) const
{
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == label)
            return edit->text();
    }
    return QString();
}

bool OpportunityDialog::isReadOnly() const
{
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        if (!edit->isReadOnly())
            return false;
    }
    return true;
}
