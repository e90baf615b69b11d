package dev.peregrine.netty.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A certificate chain and its private key, read from PEM files and checked to belong together.
 * Every problem is a {@link TlsFileException} that names the file, what is wrong and the fix.
 *
 * <p>NOTE: the files are parsed here rather than by Netty so that a mistake names the file, and so
 * that a key that does not match the certificate fails at start (and on reload) rather than in
 * every handshake: neither the JDK nor OpenSSL's per-connection key material checks it earlier.
 *
 * @param chain the certificates, the server's own first
 * @param key the private key of the first certificate
 */
record TlsCredentials(List<X509Certificate> chain, PrivateKey key) {

    private static final String BEGIN = "-----BEGIN ";
    private static final String[] KEY_ALGORITHMS = {"EC", "RSA", "Ed25519", "Ed448", "RSASSA-PSS"};
    private static final byte[] CHALLENGE = "peregrine: does this key belong to the certificate?".getBytes(StandardCharsets.US_ASCII);

    /** A file that cannot serve as a certificate chain or key; the message names the file and the fix. */
    static final class TlsFileException extends Exception {

        private static final long serialVersionUID = 1L;

        TlsFileException(String message) {
            super(message);
        }

        TlsFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Reads {@code chainFile} and {@code keyFile} (decrypting the key with {@code password} when it is encrypted). */
    static TlsCredentials load(Path chainFile, Path keyFile, String password) throws TlsFileException {
        List<X509Certificate> chain = readChain(chainFile);
        PrivateKey key = readKey(keyFile, password);
        checkMatch(chain.getFirst(), key, chainFile, keyFile);
        return new TlsCredentials(chain, key);
    }

    /** The server certificate's subject, for logs. */
    String subject() {
        return chain.getFirst().getSubjectX500Principal().getName();
    }

    private static List<X509Certificate> readChain(Path file) throws TlsFileException {
        String what = "TLS certificate chain file " + file;
        String text = readText(file, what);
        if (!text.contains(BEGIN + "CERTIFICATE-----")) {
            throw new TlsFileException(what + " holds no PEM certificate (no '-----BEGIN CERTIFICATE-----' line)"
                    + (text.contains(BEGIN) ? " but a " + firstLabel(text) + " block" : "")
                    + "; give the server's certificate in PEM followed by its intermediates, such as certbot's"
                    + " fullchain.pem (a DER certificate converts with: openssl x509 -inform der -in FILE -out cert.pem)");
        }
        List<X509Certificate> chain = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Certificate certificate : factory.generateCertificates(
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)))) {
                chain.add((X509Certificate) certificate);
            }
        } catch (CertificateException e) {
            throw new TlsFileException(what + " has a certificate that cannot be read (" + e.getMessage()
                    + "); check that the file is whole and was not cut while being written", e);
        }
        if (chain.isEmpty()) {
            throw new TlsFileException(what + " holds no readable certificate; check that the file is whole");
        }
        return chain;
    }

    private static PrivateKey readKey(Path file, String password) throws TlsFileException {
        String what = "TLS private key file " + file;
        String text = readText(file, what);
        if (text.contains(BEGIN + "RSA PRIVATE KEY-----") || text.contains(BEGIN + "EC PRIVATE KEY-----")) {
            String format = text.contains(BEGIN + "RSA PRIVATE KEY-----") ? "'BEGIN RSA PRIVATE KEY' (PKCS#1)" : "'BEGIN EC PRIVATE KEY' (SEC 1)";
            throw new TlsFileException(what + " holds a key in the older " + format + " format; convert it to"
                    + " PKCS#8 with: openssl pkcs8 -topk8 -nocrypt -in " + file + " -out key.pem");
        }
        byte[] encrypted = pemBlock(text, "ENCRYPTED PRIVATE KEY", what);
        byte[] plain = encrypted == null ? pemBlock(text, "PRIVATE KEY", what) : null;
        if (encrypted == null && plain == null) {
            throw new TlsFileException(what + " holds no PEM private key (no '-----BEGIN PRIVATE KEY-----' line)"
                    + (text.contains(BEGIN) ? " but a " + firstLabel(text) + " block" : "")
                    + "; give the certificate's private key as PKCS#8 PEM");
        }
        PKCS8EncodedKeySpec spec;
        try {
            spec = encrypted == null ? new PKCS8EncodedKeySpec(plain) : decrypt(encrypted, password, what);
        } catch (GeneralSecurityException e) {
            throw new TlsFileException(what + " holds an encrypted key that cannot be read (" + e.getMessage()
                    + "); check that the file is whole", e);
        }
        // NOTE: a key spec made from bytes alone does not know its algorithm; the factory of the
        // wrong one refuses the key, so each is tried in turn.
        GeneralSecurityException last = null;
        for (String algorithm : KEY_ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (GeneralSecurityException e) {
                last = e;
            }
        }
        throw new TlsFileException(what + " holds a private key that cannot be read (" + last.getMessage()
                + "); check that the file is whole and holds an RSA, EC or EdDSA key", last);
    }

    private static PKCS8EncodedKeySpec decrypt(byte[] encrypted, String password, String what)
            throws TlsFileException, GeneralSecurityException {
        if (password == null) {
            throw new TlsFileException(what + " is encrypted; give its password (TlsSettings.withKeyPassword),"
                    + " or store it unencrypted with: openssl pkcs8 -topk8 -nocrypt -in FILE -out key.pem");
        }
        EncryptedPrivateKeyInfo info;
        try {
            info = new EncryptedPrivateKeyInfo(encrypted);
        } catch (IOException e) {
            throw new TlsFileException(what + " holds an encrypted key that cannot be read (" + e.getMessage()
                    + "); check that the file is whole", e);
        }
        try {
            Cipher cipher = Cipher.getInstance(info.getAlgName());
            cipher.init(Cipher.DECRYPT_MODE,
                    SecretKeyFactory.getInstance(info.getAlgName()).generateSecret(new PBEKeySpec(password.toCharArray())),
                    info.getAlgParameters());
            return info.getKeySpec(cipher);
        } catch (InvalidKeySpecException wrongPassword) {
            throw new TlsFileException(what + " cannot be decrypted with the password given; check the password", wrongPassword);
        } catch (NoSuchAlgorithmException unknown) {
            throw new TlsFileException(what + " is encrypted with " + info.getAlgName() + ", which this JDK cannot"
                    + " decrypt; re-encrypt it with: openssl pkcs8 -topk8 -v2 aes-256-cbc -in FILE -out key.pem", unknown);
        }
    }

    /** Signs with the key and verifies with the certificate: the one check that works for every key type. */
    private static void checkMatch(X509Certificate certificate, PrivateKey key, Path chainFile, Path keyFile)
            throws TlsFileException {
        String certificateKey = certificate.getPublicKey().getAlgorithm();
        boolean matches;
        try {
            if (!sameFamily(certificateKey, key.getAlgorithm())) {
                matches = false;
            } else {
                String algorithm = signatureAlgorithm(key.getAlgorithm());
                Signature signer = Signature.getInstance(algorithm);
                signer.initSign(key);
                signer.update(CHALLENGE);
                byte[] signature = signer.sign();
                Signature verifier = Signature.getInstance(algorithm);
                verifier.initVerify(certificate.getPublicKey());
                verifier.update(CHALLENGE);
                matches = verifier.verify(signature);
            }
        } catch (GeneralSecurityException e) {
            matches = false;
        }
        if (!matches) {
            throw new TlsFileException("TLS private key file " + keyFile + " (" + key.getAlgorithm() + ") does not belong to"
                    + " the certificate " + certificate.getSubjectX500Principal().getName() + " (" + certificateKey
                    + "), the first in " + chainFile + "; give the key the certificate was issued for, and put the"
                    + " server's own certificate first in the chain");
        }
    }

    private static boolean sameFamily(String certificateKey, String privateKey) {
        return certificateKey.equals(privateKey) || isEdDsa(certificateKey) && isEdDsa(privateKey);
    }

    private static boolean isEdDsa(String algorithm) {
        return algorithm.equals("EdDSA") || algorithm.equals("Ed25519") || algorithm.equals("Ed448");
    }

    private static String signatureAlgorithm(String keyAlgorithm) {
        return switch (keyAlgorithm) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "RSASSA-PSS" -> "RSASSA-PSS";
            default -> keyAlgorithm;
        };
    }

    private static String readText(Path file, String what) throws TlsFileException {
        if (Files.isDirectory(file)) {
            throw new TlsFileException(what + " is a directory; give the PEM file in it");
        }
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw new TlsFileException(what + " does not exist; check the path (relative paths start at "
                    + Path.of("").toAbsolutePath() + ")", e);
        } catch (AccessDeniedException e) {
            throw new TlsFileException(what + " cannot be read: permission denied; make it readable by the user"
                    + " the server runs as", e);
        } catch (IOException e) {
            throw new TlsFileException(what + " cannot be read (" + e + ")", e);
        }
    }

    /** The bytes of the first {@code label} block, or {@code null} when there is none. */
    private static byte[] pemBlock(String text, String label, String what) throws TlsFileException {
        String begin = BEGIN + label + "-----";
        int start = text.indexOf(begin);
        if (start < 0) {
            return null;
        }
        int end = text.indexOf("-----END " + label + "-----", start);
        if (end < 0) {
            throw new TlsFileException(what + ": its " + label + " block has no END line; the file was cut short or is still being written");
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(start + begin.length(), end));
        } catch (IllegalArgumentException e) {
            throw new TlsFileException(what + ": its " + label + " block is not valid base64 (" + e.getMessage() + ")", e);
        }
    }

    /** The label of the first PEM block, as in {@code 'BEGIN CERTIFICATE REQUEST'}, to say what a file holds instead. */
    private static String firstLabel(String text) {
        int start = text.indexOf(BEGIN) + BEGIN.length() - "BEGIN ".length();
        int end = text.indexOf("-----", start);
        return "'" + (end < 0 ? text.substring(start, Math.min(text.length(), start + 40)) : text.substring(start, end)) + "'";
    }
}
