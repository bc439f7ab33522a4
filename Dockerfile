# Build stage: the Maven wrapper fetches Maven and the dependencies.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY messages messages
COPY src src
RUN ./mvnw -B -ntp package -DskipTests && cp target/birge-*.jar /src/birge.jar

# Run stage: a JRE and the bot, as a user without privileges.
FROM eclipse-temurin:17-jre
# fonts with Cyrillic for the report charts; curl for the compose file's healthcheck
RUN apt-get update && apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core curl \
    && rm -rf /var/lib/apt/lists/*
RUN groupadd --system birge && useradd --system --gid birge --home /app birge \
    && mkdir -p /app/data && chown -R birge:birge /app
WORKDIR /app
COPY --from=build /src/birge.jar /app/birge.jar
USER birge
ENV BIRGE_DATA_DIR=/app/data
# an OutOfMemoryError ends the process (compose restarts it) rather than leaving it half alive
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/birge.jar"]
