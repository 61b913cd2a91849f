package org.stationops.shared.web;

import java.util.Map;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.springframework.stereotype.Component;

/**
 * QR codes drawn on the server as SVG (ZXing), so a printed sheet needs nothing from the
 * internet: patrol checkpoint sheets, the receipt's public lookup address.
 */
@Component
public class QrCodes {

	/**
	 * @return an SVG image of the text's QR code, with a quiet zone of four modules.
	 */
	public String svg(String text) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
			StringBuilder path = new StringBuilder();
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					if (matrix.get(x, y)) {
						path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
					}
				}
			}
			return """
					<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %1$d %2$d" width="100%%" \
					shape-rendering="crispEdges" role="img"><rect width="%1$d" height="%2$d" fill="#fff"/>\
					<path d="%3$s" fill="#000"/></svg>""".formatted(matrix.getWidth(), matrix.getHeight(), path);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode " + text.length() + " characters as a QR code", ex);
		}
	}

}
