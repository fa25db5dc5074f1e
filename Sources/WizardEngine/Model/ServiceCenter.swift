/// How to reach the PACER Service Center; every journey ends by naming it.
public enum ServiceCenter {
    public static let phone = "1-800-676-6856"
    public static let email = "pacer@psc.uscourts.gov"
    public static let hours = "Monday to Friday, 8 a.m. to 6 p.m. Central Time"
}
