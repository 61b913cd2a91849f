# Builds the StationOps image from the project sources (used by docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
# A CJK font for the PDFs the app prints (mediation agreements, receipts).
RUN apt-get update -qq \
	&& DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fonts-wqy-zenhei \
	&& rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 stationops
USER stationops
WORKDIR /app
COPY --from=build /src/station-web/target/station-web-*.jar /app/stationops.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/stationops.jar"]
