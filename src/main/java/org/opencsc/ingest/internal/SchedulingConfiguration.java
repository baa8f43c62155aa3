package org.opencsc.ingest.internal;

import org.opencsc.database.BackgroundPriority;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled work (the nightly refresh, recording the indicators' history) runs in the web
 * application, not in one-off commands, on threads at the background priority: the pages come
 * first.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class SchedulingConfiguration {

  @Bean
  ThreadPoolTaskSchedulerCustomizer backgroundPriority() {
    return scheduler ->
        scheduler.setThreadFactory(
            task ->
                scheduler.newThread(
                    () -> {
                      BackgroundPriority.lowerCurrentThread();
                      task.run();
                    }));
  }
}
