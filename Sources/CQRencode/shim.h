// libqrencode (Debian's libqrencode-dev): QR codes for the referral slip.
#include <qrencode.h>
