#include "logindialog.h"
#include "ui_logindialog.h"

#include "dialogparts.h"

#include <QPushButton>
#include <QTimer>

LoginDialog::LoginDialog(QSqlDatabase db, const QString &login, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_employees(db)
    , m_lockoutTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_createFirstAdmin = m_employees.count() == 0;
    m_ui->formLayout->setRowVisible(m_ui->displayNameEdit, m_createFirstAdmin);
    m_ui->formLayout->setRowVisible(m_ui->confirmEdit, m_createFirstAdmin);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    if (m_createFirstAdmin) {
        setWindowTitle(tr("Create the first administrator"));
        m_ui->introLabel->setText(tr("This database has no employees yet. Create the first administrator "
                                     "(crm_admin), who can then add everyone else."));
        ok->setText(tr("&Create and sign in"));
    } else {
        ok->setText(tr("&Sign in"));
    }
    DialogParts::nameButtons(m_ui->buttonBox);
    m_ui->loginEdit->setText(login);
    if (!login.isEmpty())
        m_ui->passwordEdit->setFocus();
    m_ui->errorLabel->hide();
    m_lockoutTimer->setSingleShot(true);
    connect(m_lockoutTimer, &QTimer::timeout, this, [this] {
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
}

LoginDialog::~LoginDialog() = default;

int LoginDialog::lockoutSeconds() const
{
    if (m_failures == 0)
        return 0;
    return qMin(30, 1 << qMin(m_failures - 1, 5));
}

void LoginDialog::accept()
{
    if (m_lockoutTimer->isActive())
        return;
    const QString login = m_ui->loginEdit->text().trimmed();
    const QString password = m_ui->passwordEdit->text();
    QString error;
    if (m_createFirstAdmin) {
        const QString name = m_ui->displayNameEdit->text().simplified();
        if (login.isEmpty())
            return showError(tr("Login: enter a login."));
        if (name.isEmpty())
            return showError(tr("Full name: enter the administrator's name."));
        if (password.size() < 4)
            return showError(tr("Password: use at least 4 characters."));
        if (password != m_ui->confirmEdit->text())
            return showError(tr("Repeat password: the two passwords differ."));
        if (m_employees.create(login, name, RoleSet(Role::Admin), password, &error) == 0)
            return showError(error);
    }
    if (!m_employees.authenticate(login, password, &m_employee, &error)) {
        ++m_failures;
        showError(error);
        startLockout();
        return;
    }
    QDialog::accept();
}

void LoginDialog::showError(const QString &message)
{
    DialogParts::showError(m_ui->errorLabel, message);
}

void LoginDialog::startLockout()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_lockoutTimer->start(lockoutSeconds() * 1000);
}
