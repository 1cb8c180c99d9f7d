#include "logindialog.h"
#include "ui_logindialog.h"

#include "dialogparts.h"
#include "session.h"
#include "signinservice.h"

#include <QPushButton>
#include <QTimer>

LoginDialog::LoginDialog(Session *session, const QString &login, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_session(session)
    , m_lockoutTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    showMode(false);
    m_ui->loginEdit->setText(login);
    if (!login.isEmpty())
        m_ui->passwordEdit->setFocus();
    m_ui->errorLabel->hide();
    m_lockoutTimer->setSingleShot(true);
    // Precise: a coarse timer may fire up to 5% early, before the database's wait is over, and the
    // next attempt would then be refused again with the same wait instead of counted.
    m_lockoutTimer->setTimerType(Qt::PreciseTimer);
    connect(m_lockoutTimer, &QTimer::timeout, this, [this] {
        updateOkButton();
        Q_EMIT lockoutEnded();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    DialogParts::confirmWithKeyboard(this, m_ui->buttonBox);
    DialogParts::hideErrorWhenEdited(this, m_ui->errorLabel);
    updateOkButton();   // disabled until the database answered
    SignInService(m_session).countEmployees(this, [this](Result<int> count) {
        m_ready = count.has_value();
        if (!count)
            showError(count.error());
        else
            showMode(*count == 0);
        updateOkButton();
        Q_EMIT ready();
    });
}

LoginDialog::~LoginDialog() = default;

int LoginDialog::lockoutSeconds() const
{
    return m_lockoutSeconds;
}

void LoginDialog::showMode(bool createFirstAdmin)
{
    m_createFirstAdmin = createFirstAdmin;
    m_ui->formLayout->setRowVisible(m_ui->displayNameEdit, createFirstAdmin);
    m_ui->formLayout->setRowVisible(m_ui->confirmEdit, createFirstAdmin);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    if (createFirstAdmin) {
        setWindowTitle(tr("Create the first administrator"));
        m_ui->introLabel->setText(tr("This database has no employees yet. Create the first administrator "
                                     "(crm_admin), who can then add everyone else."));
        ok->setText(tr("&Create and sign in"));
    } else {
        ok->setText(tr("&Sign in"));
    }
    DialogParts::nameButtons(m_ui->buttonBox);
}

QString LoginDialog::validateFirstAdmin(const QString &login, const QString &password) const
{
    if (login.isEmpty())
        return tr("Login: enter a login.");
    if (m_ui->displayNameEdit->text().simplified().isEmpty())
        return tr("Full name: enter the administrator's name.");
    if (password.size() < 4)
        return tr("Password: use at least 4 characters.");
    if (password != m_ui->confirmEdit->text())
        return tr("Repeat password: the two passwords differ.");
    return QString();
}

void LoginDialog::accept()
{
    if (!m_ready || m_checking || m_lockoutTimer->isActive())
        return;
    const QString login = m_ui->loginEdit->text().trimmed();
    const QString password = m_ui->passwordEdit->text();
    const bool firstAdmin = m_createFirstAdmin;
    if (firstAdmin) {
        const QString problem = validateFirstAdmin(login, password);
        if (!problem.isEmpty())
            return showError(problem);
        setChecking(true);
        SignInService(m_session).createFirstAdmin(login, m_ui->displayNameEdit->text().simplified(), password, this,
                                                  [this](Result<Employee> signedIn) {
                                                      checked(true, signedIn.error(), signedIn.value_or(Employee()), 0);
                                                  });
        return;
    }
    setChecking(true);
    SignInService(m_session).signIn(login, password, this, [this](Result<Employee> signedIn, int retryAfterSeconds) {
        checked(false, signedIn.error(), signedIn.value_or(Employee()), retryAfterSeconds);
    });
}

void LoginDialog::checked(bool firstAdmin, const QString &error, const Employee &employee, int retryAfterSeconds)
{
    setChecking(false);
    if (!error.isEmpty()) {
        showError(error);
        if (!firstAdmin) {   // a refused first administrator is a form to correct, not a guess
            // The wait the database keeps for this login (its message says it too).
            m_lockoutSeconds = retryAfterSeconds;
            startLockout();
            // Ready for retyping: the password typed is selected, so the next keystroke replaces it.
            m_ui->passwordEdit->setFocus(Qt::OtherFocusReason);
            m_ui->passwordEdit->selectAll();
        }
        Q_EMIT checkFinished(false);
        return;
    }
    m_employee = employee;
    m_session->setEmployee(employee);
    QDialog::accept();
    Q_EMIT checkFinished(true);
}

void LoginDialog::setChecking(bool checking)
{
    m_checking = checking;
    if (checking) {
        m_ui->errorLabel->hide();
        setCursor(Qt::BusyCursor);
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Checking…"));
    } else {
        unsetCursor();
        showMode(m_createFirstAdmin);
    }
    DialogParts::nameButtons(m_ui->buttonBox);
    updateOkButton();
}

void LoginDialog::updateOkButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_ready && !m_checking && !m_lockoutTimer->isActive());
}

void LoginDialog::showError(const QString &message)
{
    DialogParts::showError(m_ui->errorLabel, message);
}

void LoginDialog::startLockout()
{
    if (m_lockoutSeconds > 0)
        m_lockoutTimer->start(m_lockoutSeconds * 1000);
    updateOkButton();
}
